package org.thirdspace.community.space;

/** The templates a space starts from. */
public enum SpaceKind {
    /** An open, lasting community of practice around a subject. */
    COMMUNITY_OF_PRACTICE(CourseCopies.JOIN),
    /** A programme of small post-course peer groups with a shared space. */
    PEER_GROUP_PROGRAMME(CourseCopies.NEW_RUN),
    /** The space of one course run's cohort. */
    COHORT(CourseCopies.NEW_RUN);

    private final CourseCopies courseCopies;

    SpaceKind(CourseCopies courseCopies) {
        this.courseCopies = courseCopies;
    }

    /**
     * What a copied course gets unless the designer chooses otherwise: a community of practice
     * outlives course runs, while peer groups and cohorts belong to one run of the course.
     */
    public CourseCopies defaultCourseCopies() {
        return courseCopies;
    }
}
