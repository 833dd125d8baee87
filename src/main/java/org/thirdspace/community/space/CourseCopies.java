package org.thirdspace.community.space;

/**
 * What a copied course gets when its links still name this space (custom parameters survive
 * course copies; context ids do not): the same space, or a new run of it for the copy's cohort.
 */
public enum CourseCopies {
    /** The copy's members join this space: an ongoing community across course runs. */
    JOIN,
    /** The copy gets its own run of the space, so each cohort starts in a space of its own. */
    NEW_RUN
}
