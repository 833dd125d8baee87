package org.thirdspace.community.roster;

import org.thirdspace.community.coursegroup.CourseGroupMember;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Makes each listed member's groups those the roster lists: joins the listed groups they are not in
 * yet, and leaves the course's active groups the listing no longer names (retired groups keep their
 * members). Group keys that name no known group are counted, not guessed: the groups service was not
 * offered or failed.
 *
 * @param joined  the group memberships to add
 * @param left    the group memberships to remove
 * @param unknown how many listed group keys name no active group of the course
 */
public record GroupPlacement(List<CourseGroupMember> joined, List<CourseGroupMember> left, int unknown) {

    /**
     * @param groupKeys each member's listed group keys, by person id
     * @param current   the group memberships those people have now
     * @param groupIds  the course's active groups, by key
     */
    public static GroupPlacement of(UUID courseId, Map<UUID, List<String>> groupKeys, List<CourseGroupMember> current,
                                    Map<String, UUID> groupIds, Instant now) {
        Set<UUID> activeGroups = new HashSet<>(groupIds.values());
        Map<UUID, Set<UUID>> have = new HashMap<>();
        Map<UUID, List<CourseGroupMember>> rows = new HashMap<>();
        for (CourseGroupMember row : current) {
            have.computeIfAbsent(row.personId(), p -> new HashSet<>()).add(row.groupId());
            rows.computeIfAbsent(row.personId(), p -> new ArrayList<>()).add(row);
        }
        int unknown = 0;
        List<CourseGroupMember> joined = new ArrayList<>();
        List<CourseGroupMember> left = new ArrayList<>();
        for (Map.Entry<UUID, List<String>> entry : groupKeys.entrySet()) {
            UUID personId = entry.getKey();
            Set<UUID> wanted = new HashSet<>();
            for (String key : entry.getValue()) {
                UUID groupId = groupIds.get(key);
                if (groupId == null) {
                    unknown++;
                } else {
                    wanted.add(groupId);
                }
            }
            Set<UUID> in = have.getOrDefault(personId, Set.of());
            for (UUID groupId : wanted) {
                if (!in.contains(groupId)) {
                    joined.add(new CourseGroupMember(courseId, groupId, personId, now));
                }
            }
            for (CourseGroupMember row : rows.getOrDefault(personId, List.of())) {
                if (!wanted.contains(row.groupId()) && activeGroups.contains(row.groupId())) {
                    left.add(row);
                }
            }
        }
        return new GroupPlacement(joined, left, unknown);
    }
}
