package org.thirdspace.community.roster;

/**
 * How a run reads the roster: the whole listing (members it does not list lose access once every
 * page has been read), or only the changes since the previous run through the platform's
 * {@code differences} link (NRPS 2.0 §2.4.2), where removed members come with status Deleted.
 */
public enum RosterSyncMode {
    FULL, DIFFERENCES;

    /**
     * Whether a complete run in this mode takes access from the members it did not list: only a
     * whole roster says who is no longer in the course; a differences listing names removals itself.
     */
    public boolean removesUnlisted() {
        return this == FULL;
    }
}
