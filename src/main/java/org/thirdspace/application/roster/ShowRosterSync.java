package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.Rosters;

import java.util.UUID;

/** A course's roster and its latest run, for the facilitators' progress bar and for admins. */
@ApplicationScoped
public class ShowRosterSync {

    private CourseFacilitators facilitators;
    private Rosters rosters;

    protected ShowRosterSync() {
    }

    @Inject
    public ShowRosterSync(CourseFacilitators facilitators, Rosters rosters) {
        this.facilitators = facilitators;
        this.rosters = rosters;
    }

    @Transactional
    public CourseRosterState forFacilitator(Requester requester, UUID courseId) {
        return state(facilitators.require(requester, courseId));
    }

    @Transactional
    public CourseRosterState forAdministrator(Administrator admin, UUID courseId) {
        CourseContext course = rosters.course(courseId).orElseThrow(() -> new NotFound("no such course"));
        admin.requireOrganisation(course.organisationId());
        return state(course);
    }

    private CourseRosterState state(CourseContext course) {
        // The latest run first: each statement sees what was committed when it ran (read committed),
        // so a run read as finished guarantees that the roster read after it shows that run's outcome.
        RosterSync latest = rosters.latest(course.id()).orElse(null);
        CourseRoster roster = rosters.roster(course.id()).orElse(null);
        return new CourseRosterState(course, roster, latest,
                rosters.countMembers(course.id(), MembershipStatus.ACTIVE), rosters.countMembers(course.id(), MembershipStatus.INACTIVE));
    }
}
