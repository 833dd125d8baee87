package org.thirdspace.community.space;

import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.organisation.SpaceCreation;

/**
 * Who may do what in a space, decided from values only (the membership, the space's state), so
 * that every rule is testable without a database. Callers turn a refusal into a clear error.
 */
public final class SpacePolicy {

    private SpacePolicy() {
    }

    /**
     * Course instructors and designers start spaces for their course, unless their organisation
     * keeps that to its admins; organisation admins anywhere.
     */
    public static boolean mayCreateSpace(RoleSet launchRoles, SpaceCreation policy) {
        return launchRoles.organisationAdministrator() || policy == SpaceCreation.INSTRUCTORS_AND_ADMINS && launchRoles.teaches();
    }

    /** Course designers place community links on a course page (Deep Linking). */
    public static boolean mayLinkIntoCourse(RoleSet launchRoles) {
        return launchRoles.designsCourse();
    }

    /** An existing space may be linked into a course by those who facilitate it. */
    public static boolean mayLinkExisting(Membership membership, Space space) {
        return mayFacilitate(membership) && !space.isArchived();
    }

    public static boolean mayView(Membership membership) {
        return membership != null && membership.isMember();
    }

    public static boolean mayStartThread(Membership membership, Space space) {
        return mayView(membership) && !space.isArchived();
    }

    public static boolean mayReply(Membership membership, Space space, boolean threadLocked) {
        return mayView(membership) && !space.isArchived() && (!threadLocked || membership.moderates());
    }

    /** Pin, seed topics, describe the space, give roles, link courses. */
    public static boolean mayFacilitate(Membership membership) {
        return membership != null && membership.facilitates();
    }

    /** Draft and publish the space's weekly synthesis: its synthesizers, and its facilitators. */
    public static boolean maySynthesize(Membership membership) {
        return membership != null && membership.isMember() && (membership.role() == SpaceRole.SYNTHESIZER || membership.facilitates());
    }

    /** Lock and unlock threads (and, with safe-space work, hide and restore). */
    public static boolean mayModerate(Membership membership) {
        return membership != null && membership.moderates();
    }
}
