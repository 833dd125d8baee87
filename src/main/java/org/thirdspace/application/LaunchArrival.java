package org.thirdspace.application;

import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.PersonProfile;

import java.util.Map;
import java.util.UUID;

/**
 * A person arriving from their LMS, as the protocol layer verified it: who (organisation and
 * subject), what the platform says about them, their roles, and the course and link they came from
 * (either may be absent), with the link's custom values for them (LTI 1.3 §5.4.6 {@code custom}: for
 * example the profile values peer groups are formed by, and {@code course_end}).
 */
public record LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile,
                            RoleSet roles, Course course, Link link, Map<String, String> custom) {

    public LaunchArrival {
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    public LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile, RoleSet roles, Course course,
                         Link link) {
        this(organisationId, deploymentId, subject, profile, roles, course, link, Map.of());
    }

    public record Course(String key, String label, String title) {
    }

    public record Link(String key, String title) {
    }
}
