package org.thirdspace.community.moderation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Codes of conduct (versions per organisation and space) and members' acceptances. */
public interface Conducts {

    /** The newest version for a scope (an organisation or a space). */
    Optional<ConductVersion> latest(UUID scopeId);

    void add(ConductVersion version);

    boolean accepted(UUID spaceId, UUID personId, UUID scopeId, int version);

    void accept(UUID spaceId, UUID personId, UUID scopeId, int version, Instant now);
}
