package org.thirdspace.community.organisation;

import java.util.Optional;
import java.util.UUID;

/** The organisations the tool serves (each is one platform registration). */
public interface Organisations {
    Optional<Organisation> find(UUID id);
}
