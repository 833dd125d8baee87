package org.thirdspace.application;

import org.thirdspace.community.course.RoleSet;

import java.util.UUID;

/** Who arrived and where, once people, course, membership and link are up to date. */
public record LaunchRecord(UUID organisationId, UUID personId, String personName, String personPicture, UUID courseId,
                           String courseName, UUID linkId, RoleSet roles) {
}
