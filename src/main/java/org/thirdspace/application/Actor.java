package org.thirdspace.application;

import org.thirdspace.community.course.RoleSet;

import java.util.UUID;

/**
 * Who is asking, as a use case needs to know it: their organisation (the tenant boundary of every
 * query), themselves, and the course, link and roles of the launch that brought them.
 */
public record Actor(UUID organisationId, UUID personId, UUID courseId, UUID linkId, RoleSet launchRoles) {
}
