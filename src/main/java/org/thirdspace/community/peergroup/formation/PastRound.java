package org.thirdspace.community.peergroup.formation;

import java.util.List;

/**
 * An earlier grouping of the same programme: who met whom, and how long ago.
 *
 * @param roundsAgo 1 for the round just before this one, 2 for the one before, …
 * @param groups    the members' ids of each group of that round
 */
public record PastRound(int roundsAgo, List<List<String>> groups) {

    public PastRound {
        if (roundsAgo < 1) {
            throw new IllegalArgumentException("roundsAgo starts at 1");
        }
        groups = groups.stream().map(List::copyOf).toList();
    }
}
