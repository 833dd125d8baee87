package org.thirdspace.community.artifact;

import java.util.List;
import java.util.UUID;

/** The version history of artifacts. */
public interface ArtifactVersions {

    void add(ArtifactVersion version);

    /** Every version of an artifact, the first one first. */
    List<ArtifactVersion> of(UUID artifactId);
}
