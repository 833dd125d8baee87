package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.roster.RosterEntry;
import org.thirdspace.community.roster.Rosters;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A course's members for administrators: everyone with a membership, whether they came by launch or
 * by roster and whether they have access, one page at a time.
 */
@ApplicationScoped
public class ListCourseMembers {

    private Rosters rosters;

    protected ListCourseMembers() {
    }

    @Inject
    public ListCourseMembers(Rosters rosters) {
        this.rosters = rosters;
    }

    public record MembersPage(long total, List<RosterEntry> members) {
    }

    @Transactional
    public MembersPage list(Administrator admin, UUID courseId, String status, int offset, int limit) {
        CourseContext course = rosters.course(courseId).orElseThrow(() -> new NotFound("no such course"));
        admin.requireOrganisation(course.organisationId());
        MembershipStatus filter = parse(status);
        int size = Math.max(1, Math.min(limit, 1000));
        long total = filter != null ? rosters.countMembers(courseId, filter)
                : rosters.countMembers(courseId, MembershipStatus.ACTIVE) + rosters.countMembers(courseId, MembershipStatus.INACTIVE);
        return new MembersPage(total, rosters.members(courseId, filter, Math.max(0, offset), size));
    }

    private static MembershipStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MembershipStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("status", "status is active or inactive");
        }
    }
}
