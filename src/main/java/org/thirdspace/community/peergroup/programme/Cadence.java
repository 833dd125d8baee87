package org.thirdspace.community.peergroup.programme;

/** How often a programme's groups meet (and a new round may be formed). */
public enum Cadence {
    WEEKLY, FORTNIGHTLY, MONTHLY, QUARTERLY
}
