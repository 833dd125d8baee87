package org.thirdspace.application.roster;

import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterSync;

/**
 * A course's roster as facilitators see it: whether its LMS offers the roster and groups services,
 * the latest run (null when none), when the roster was last complete, and how many members have or
 * lost access.
 */
public record CourseRosterState(CourseContext course, CourseRoster roster, RosterSync latest, long activeMembers,
                                long inactiveMembers) {
}
