package org.thirdspace.community.coursegroup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The groups of courses; every look-up is scoped by course. */
public interface CourseGroups {

    List<CourseGroupSet> sets(UUID courseId);

    List<CourseGroup> groups(UUID courseId);

    void add(CourseGroupSet set);

    void add(CourseGroup group);

    /** Active groups of a course by the LMS's key. */
    Map<String, UUID> activeGroupIds(UUID courseId);

    /** The group memberships of these people in a course. */
    List<CourseGroupMember> memberships(UUID courseId, Collection<UUID> personIds);

    void add(CourseGroupMember member);

    void addAll(Collection<CourseGroupMember> members);

    void remove(CourseGroupMember member);

    /** How many people each group of the course has, by group id. */
    Map<UUID, Long> memberCounts(UUID courseId);

    /** People in a group, with their access to the course, for a member list. */
    List<GroupMemberEntry> members(UUID courseId, UUID groupId, int limit);
}
