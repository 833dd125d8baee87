package org.thirdspace.community.artifact;

import java.util.List;
import java.util.UUID;

/** Where artifacts were placed on course pages. */
public interface ArtifactPlacements {

    void add(ArtifactPlacement placement);

    /** An artifact's placements, oldest first. */
    List<ArtifactPlacement> of(UUID artifactId);
}
