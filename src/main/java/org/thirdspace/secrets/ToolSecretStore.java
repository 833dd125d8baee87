package org.thirdspace.secrets;

import java.time.Instant;
import java.util.Optional;

/** Where the tool's generated secrets are kept, sealed with the key secret, for every node to read. */
public interface ToolSecretStore {

    Optional<String> sealedValue(String name);

    /** Stores the sealed value unless the name has one already: when two nodes race, both read back the one that won. */
    void addIfAbsent(String name, String sealedValue, Instant now);
}
