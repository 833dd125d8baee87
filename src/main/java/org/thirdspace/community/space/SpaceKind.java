package org.thirdspace.community.space;

/** The templates a space starts from. */
public enum SpaceKind {
    /** An open, lasting community of practice around a subject. */
    COMMUNITY_OF_PRACTICE,
    /** A programme of small post-course peer groups with a shared space. */
    PEER_GROUP_PROGRAMME,
    /** The space of one course run's cohort. */
    COHORT
}
