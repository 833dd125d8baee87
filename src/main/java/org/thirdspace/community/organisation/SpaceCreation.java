package org.thirdspace.community.organisation;

/**
 * Who may start a space for a course, as an organisation decides it. Organisation administrators
 * always may: the policy narrows the course roles, never the people who administer the tool.
 */
public enum SpaceCreation {
    /** Those who teach a course (instructors, teaching assistants, designers) and organisation administrators. */
    INSTRUCTORS_AND_ADMINS,
    /** Only organisation administrators: instructors ask one of them. */
    ADMINS_ONLY
}
