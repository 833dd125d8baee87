package org.thirdspace.community.space;

/**
 * ACTIVE takes part; DORMANT has stepped back for a while but keeps standing and history (the
 * spiral of engagement: interest waxes and wanes); LEFT chose to leave.
 */
public enum SpaceMembershipStatus {
    ACTIVE, DORMANT, LEFT
}
