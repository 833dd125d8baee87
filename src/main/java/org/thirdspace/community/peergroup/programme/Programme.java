package org.thirdspace.community.peergroup.programme;

import org.thirdspace.community.peergroup.formation.GroupSize;
import org.thirdspace.community.peergroup.formation.HardConstraints;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a space forms its peer groups: from which of its linked courses, in groups of which size,
 * diverse in which attributes (by weight), under which hard constraints, when and how often.
 *
 * @param attributes     attribute name to weight, in the order a facilitator gave them
 * @param overlapHours   hours the members' working time must overlap (0: no rule)
 * @param viableSize     below this many members a group is offered a re-formation
 * @param starterPrompts seeded as threads in every group a round creates
 */
public record Programme(UUID id, UUID spaceId, List<UUID> courseIds, GroupSize size, int viableSize,
                        Map<String, Double> attributes, boolean sharedLanguage, int overlapHours, boolean teamsApart,
                        List<HardConstraints.Pair> neverTogether, ProgrammeTrigger trigger, Cadence cadence,
                        List<String> starterPrompts) {

    public static final int DEFAULT_VIABLE_SIZE = 3;

    public Programme {
        courseIds = List.copyOf(courseIds);
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        neverTogether = List.copyOf(neverTogether);
        starterPrompts = List.copyOf(starterPrompts);
    }

    /** The hard constraints the engine keeps for this programme. */
    public HardConstraints constraints() {
        return new HardConstraints(sharedLanguage, overlapHours * 60, teamsApart, java.util.Set.copyOf(neverTogether));
    }
}
