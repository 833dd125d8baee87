package org.thirdspace.application.roster;

import org.thirdspace.application.AccessDenied;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;

/**
 * Who may start a course's roster sync, watch its progress and see its groups: the organisation's
 * administrators, and people who teach that course (instructor, teaching assistant, course
 * designer, course administrator) — by the roles of their launch from it, or by their active
 * membership. A learner may not, whatever else they are elsewhere. Another organisation's course
 * never gets this far: it is not found.
 */
public final class RosterPolicy {

    private RosterPolicy() {
    }

    public static void requireFacilitator(Requester requester, CourseContext course, CourseMembership membership) {
        if (!course.organisationId().equals(requester.organisationId())) {
            throw new IllegalArgumentException("the course was looked up outside the requester's organisation");
        }
        if (requester.launchRoles().organisationAdministrator()) {
            return;
        }
        if (course.id().equals(requester.launchCourseId()) && requester.launchRoles().teaches()) {
            return;
        }
        if (membership != null && membership.isActive() && membership.roles().teaches()) {
            return;
        }
        throw new AccessDenied("only people who teach this course, or administrators, may manage its roster");
    }
}
