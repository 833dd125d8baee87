package org.thirdspace.community.artifact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Where artifacts came from. */
public interface Citations {

    void add(Citation citation);

    /** An artifact's citations by position. */
    List<Citation> of(UUID artifactId);

    /** The threads each of these artifacts cites (those citing none are absent). */
    Map<UUID, Set<UUID>> threadsOf(Collection<UUID> artifactIds);
}
