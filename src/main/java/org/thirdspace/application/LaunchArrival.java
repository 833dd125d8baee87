package org.thirdspace.application;

import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.PersonProfile;

import java.util.UUID;

/**
 * A person arriving from their LMS, as the protocol layer verified it: who (organisation and
 * subject), what the platform says about them, their roles, and the course and link they came from
 * (either may be absent).
 */
public record LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile,
                            RoleSet roles, Course course, Link link) {

    public record Course(String key, String label, String title) {
    }

    public record Link(String key, String title) {
    }
}
