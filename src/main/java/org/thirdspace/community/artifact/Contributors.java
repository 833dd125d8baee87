package org.thirdspace.community.artifact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people artifacts quote, with their consent. */
public interface Contributors {

    void add(Contributor contributor);

    List<Contributor> of(UUID artifactId);

    Optional<Contributor> of(UUID artifactId, UUID personId);

    /** What the person is asked to agree to and has not answered yet, oldest question first. */
    List<Contributor> pendingFor(UUID personId, int limit);
}
