package org.thirdspace.application.roster;

import org.thirdspace.application.roster.CourseRosterState;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterSync;

import java.time.Instant;
import java.util.UUID;

/**
 * A course's roster for the progress bar: whether the LMS offers the services, when the roster was
 * last complete, how many members have or lost access, and the latest run ({@code job}).
 */
public record CourseRosterView(UUID courseId, String courseName, boolean rosterService, boolean groupsService,
                               Instant lastSuccessfulSyncAt, Instant lastAttemptAt, long activeMembers, long inactiveMembers,
                               RosterSyncView job) {

    /** For administrators: the run with the node it ran on. */
    public static CourseRosterView of(CourseRosterState state, RosterSync job) {
        return of(state, job, true);
    }

    public static CourseRosterView forFacilitators(CourseRosterState state, RosterSync job) {
        return of(state, job, false);
    }

    private static CourseRosterView of(CourseRosterState state, RosterSync job, boolean admin) {
        CourseRoster roster = state.roster();
        return new CourseRosterView(state.course().id(), state.course().nameToShow(),
                roster != null && roster.services().offersRoster(), roster != null && roster.services().offersGroups(),
                roster == null ? null : roster.lastSuccessAt(), roster == null ? null : roster.lastAttemptAt(),
                state.activeMembers(), state.inactiveMembers(),
                admin ? RosterSyncView.of(job != null ? job : state.latest()) : RosterSyncView.forFacilitators(job != null ? job : state.latest()));
    }
}
