package org.thirdspace.community.peergroup.formation;

import java.util.Objects;
import java.util.Set;

/**
 * What a group must satisfy, whatever it costs in diversity. Opted-out people are never placed,
 * with or without these.
 *
 * @param sharedLanguage       every group has at least one language all its members know
 * @param minOverlapMinutes    the members' working hours overlap by at least this much (0: no rule)
 * @param teamsApart           two people of the same known team are never in one group
 * @param neverTogether        pairs of person ids that are never in one group
 */
public record HardConstraints(boolean sharedLanguage, int minOverlapMinutes, boolean teamsApart, Set<Pair> neverTogether) {

    public static final HardConstraints NONE = new HardConstraints(false, 0, false, Set.of());

    /** Two people, in either order. */
    public record Pair(String a, String b) {
        public Pair {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            if (a.equals(b)) {
                throw new IllegalArgumentException("a pair needs two people");
            }
            if (a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
        }
    }

    public HardConstraints {
        if (minOverlapMinutes < 0 || minOverlapMinutes > 1440) {
            throw new IllegalArgumentException("overlap must be between 0 and 1440 minutes");
        }
        neverTogether = Set.copyOf(neverTogether == null ? Set.of() : neverTogether);
    }
}
