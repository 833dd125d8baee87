package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.coursegroup.CourseGroup;
import org.thirdspace.community.coursegroup.CourseGroupSet;
import org.thirdspace.community.coursegroup.CourseGroups;
import org.thirdspace.community.coursegroup.GroupMemberEntry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The LMS's groups of a course as imported, with their sizes, and a group's members: what a
 * facilitator starts peer groups from.
 */
@ApplicationScoped
public class ShowCourseGroups {

    private CourseFacilitators facilitators;
    private CourseGroups groups;

    protected ShowCourseGroups() {
    }

    @Inject
    public ShowCourseGroups(CourseFacilitators facilitators, CourseGroups groups) {
        this.facilitators = facilitators;
        this.groups = groups;
    }

    public record Groups(List<CourseGroupSet> sets, List<CourseGroup> groups, Map<UUID, Long> memberCounts) {
    }

    @Transactional
    public Groups show(Requester requester, UUID courseId) {
        facilitators.require(requester, courseId);
        return new Groups(groups.sets(courseId), groups.groups(courseId), groups.memberCounts(courseId));
    }

    @Transactional
    public List<GroupMemberEntry> members(Requester requester, UUID courseId, UUID groupId, int limit) {
        facilitators.require(requester, courseId);
        if (groups.groups(courseId).stream().noneMatch(g -> g.id().equals(groupId))) {
            throw new NotFound("no such group in this course");
        }
        return groups.members(courseId, groupId, Math.max(1, Math.min(limit, 1000)));
    }
}
