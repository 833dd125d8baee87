package org.thirdspace.community.space;

import org.thirdspace.community.course.RoleSet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's effective membership of a space: from an active membership of a linked course (with
 * the course role turned into a space role), from a role a facilitator gave, or both; the higher
 * role counts. Someone who left is not a member; someone dormant still is.
 */
public record Membership(UUID spaceId, UUID personId, SpaceRole role, SpaceMembershipStatus status, boolean throughCourse) {

    /**
     * Works out the membership from a person's own standing (may be null) and the roles of their
     * active memberships in the courses linked to the space; empty when they are no member.
     */
    public static Optional<Membership> resolve(UUID spaceId, UUID personId, SpaceMember own,
                                                         List<RoleSet> courseRoles) {
        SpaceRole fromCourse = null;
        for (RoleSet roles : courseRoles) {
            SpaceRole role = roles.teaches() ? SpaceRole.FACILITATOR : SpaceRole.MEMBER;
            fromCourse = fromCourse == null ? role : fromCourse.atLeast(role);
        }
        SpaceRole given = own == null ? null : own.role();
        SpaceRole role = fromCourse == null ? given : fromCourse.atLeast(given);
        if (role == null) {
            return Optional.empty();
        }
        SpaceMembershipStatus status = own == null ? SpaceMembershipStatus.ACTIVE : own.status();
        return Optional.of(new Membership(spaceId, personId, role, status, fromCourse != null));
    }

    public boolean isMember() {
        return status != SpaceMembershipStatus.LEFT;
    }

    public boolean facilitates() {
        return isMember() && role.facilitates();
    }

    public boolean moderates() {
        return isMember() && role.moderates();
    }
}
