package org.thirdspace.lti.jwks;

import java.util.List;
import java.util.Optional;

/** The tool's signing keys as stored (the private part sealed), oldest first. */
public interface ToolKeys {

    List<ToolKey> all();

    List<ToolKey> withStatus(ToolKeyStatus status);

    /** The keys still published: every key but the retired ones. */
    List<ToolKey> published();

    Optional<ToolKey> byKid(String kid);

    void add(ToolKey key);
}
