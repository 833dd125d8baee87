package org.thirdspace.community.peergroup.formation;

/**
 * How long the search may improve a grouping. Rounds (one perturbation and the descent after it)
 * make the result depend only on the seed; the time limit is a safety net that, when it is reached
 * first, makes the result depend on the machine's speed as well.
 */
public record Budget(long maxMillis, long maxRounds) {

    /**
     * For forming. The rounds bound small rosters only: 3,000 rounds for 300 people take about 6 s on
     * these machines, so from a few hundred people on the time limit comes first and the result
     * depends on the machine's speed too.
     */
    public static final Budget FORMING = new Budget(2_500, 3_000);
    /**
     * For re-optimising after an edit: the descent from the two changed groups finds most of the
     * gain; a few rounds more, and the whole edit stays under the 200 ms it may take for 1,000 people.
     */
    public static final Budget EDITING = new Budget(60, 40);

    public Budget {
        if (maxMillis < 0 || maxRounds < 0) {
            throw new IllegalArgumentException("budget must not be negative");
        }
    }
}
