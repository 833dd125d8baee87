package org.thirdspace.community.peergroup.formation;

/** The hard rules a grouping keeps, as named in the report and in the reasons people stay unplaced. */
public enum Constraint {
    SHARED_LANGUAGE, WORKING_HOURS, TEAMS_APART, NEVER_TOGETHER, GROUP_SIZE
}
