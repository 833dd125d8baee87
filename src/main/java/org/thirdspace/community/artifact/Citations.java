package org.thirdspace.community.artifact;

import java.util.List;
import java.util.UUID;

/** Where artifacts came from. */
public interface Citations {

    void add(Citation citation);

    /** An artifact's citations by position. */
    List<Citation> of(UUID artifactId);
}
