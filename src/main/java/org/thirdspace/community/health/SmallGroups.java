package org.thirdspace.community.health;

/**
 * The minimum-group rule: a count of one to four people is not shown (nor a share of a base that
 * small), so that no figure points at a person. Zero is shown: it describes nobody.
 */
public final class SmallGroups {

    public static final int MINIMUM = 5;

    private SmallGroups() {
    }

    /** The count, or null when it describes fewer than {@link #MINIMUM} people. */
    public static Long count(long people) {
        return people > 0 && people < MINIMUM ? null : people;
    }

    /** {@code part / base}, or null when either side may not be shown. */
    public static Double share(long part, long base) {
        if (base < MINIMUM || count(part) == null) {
            return null;
        }
        return (double) part / base;
    }
}
