package org.thirdspace.community.roster;

/** What started a sync run. */
public enum RosterSyncTrigger {
    /** A launch found the course's roster older than the configured age. */
    LAUNCH,
    /** The periodic schedule. */
    SCHEDULE,
    /** A facilitator (someone who teaches the course) asked for it. */
    FACILITATOR,
    /** An administrator asked for it. */
    ADMIN
}
