package org.thirdspace.application.roster;

import org.thirdspace.community.course.RoleSet;

import java.util.UUID;

/**
 * A signed-in person asking for something about a course: their organisation, who they are, the
 * course they launched from and the roles that launch gave them there.
 */
public record Requester(UUID organisationId, UUID personId, UUID launchCourseId, RoleSet launchRoles) {
}
