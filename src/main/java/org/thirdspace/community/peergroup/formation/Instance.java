package org.thirdspace.community.peergroup.formation;

/**
 * The people of one run by index, with the pairwise score the search maximises and the hard
 * constraints it keeps.
 *
 * <p>The score of a pair is its distance less the penalty for having met before. The search asks
 * mostly for {@link #sumTo}: a person's summed score to the members of a group. Groups are small,
 * so by default that is a scan of the group's members, O(group size × attributes) and independent
 * of the number of people; an instance with large groups keeps a table of these sums instead
 * ({@link MatrixInstance}).
 */
abstract class Instance {

    final int people;

    Instance(int people) {
        this.people = people;
    }

    /** Distance in [0, 1]. */
    abstract double distance(int i, int j);

    /** What having met before costs this pair (0 when they never met). */
    double penalty(int i, int j) {
        return 0;
    }

    /** Rounds ago the pair last met, 0 when never. */
    int metRoundsAgo(int i, int j) {
        return 0;
    }

    final double score(int i, int j) {
        return distance(i, j) - penalty(i, j);
    }

    /** Summed score of {@code i} to the members of {@code g} other than itself. */
    double sumTo(int i, Grouping s, int g) {
        int[] m = s.members[g];
        int k = s.size[g];
        double total = 0;
        for (int x = 0; x < k; x++) {
            int j = m[x];
            if (j != i) {
                total += score(i, j);
            }
        }
        return total;
    }

    /** The constraint {@code i} would break by joining {@code g} (while {@code leaving} leaves it), or null. */
    Constraint blocks(int i, Grouping s, int g, int leaving) {
        return null;
    }

    /** Whether any constraint can ever refuse anything: the search skips the checks when not. */
    boolean constrained() {
        return false;
    }

    /** Sorting key that brings compatible people together before the constructive start (0 when none). */
    int compatibilityKey(int i) {
        return 0;
    }

    /**
     * The one language {@code i} speaks when that is all they speak and fewer than half the people
     * speak it (a code), else -1: such people fit only in groups of that language's speakers.
     */
    int scarceLanguage(int i) {
        return -1;
    }

    /** Up to this many groups the search looks at every group for each person; above, at a sample. */
    int fullScanLimit() {
        return Integer.MAX_VALUE;
    }

    /** Called once the grouping's shape is final, before the search. */
    void attach(Grouping s) {
    }

    /** Called after {@code i} moved from group {@code from} to {@code to} (either may be -1). */
    void moved(int i, int from, int to) {
    }
}
