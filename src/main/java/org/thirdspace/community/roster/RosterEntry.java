package org.thirdspace.community.roster;

import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.course.RoleSet;

import java.time.Instant;
import java.util.UUID;

/** A course member as people see them in a member list: who, in which roles, with or without access. */
public record RosterEntry(UUID personId, String subject, String name, RoleSet roles, MembershipStatus status,
                          MembershipSource source, Instant lastLaunchAt) {
}
