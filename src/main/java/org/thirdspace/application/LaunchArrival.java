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
 *
 * <p>{@code subject} is null for an LTI 1.1 launch, which identifies the person by its
 * {@code user_id} alone ({@code lti11UserId}). An LTI 1.3 launch carries an {@code lti11UserId} only
 * when its migration claim was verified: the LMS vouches that this {@code sub} is that 1.1 person.
 */
public record LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile,
                            RoleSet roles, Course course, Link link, String lti11UserId, String sourcedId,
                            Map<String, String> custom) {

    public LaunchArrival {
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    public LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile,
                         RoleSet roles, Course course, Link link) {
        this(organisationId, deploymentId, subject, profile, roles, course, link, null, null, Map.of());
    }

    public LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile,
                         RoleSet roles, Course course, Link link, String lti11UserId, String sourcedId) {
        this(organisationId, deploymentId, subject, profile, roles, course, link, lti11UserId, sourcedId, Map.of());
    }

    public LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile,
                         RoleSet roles, Course course, Link link, Map<String, String> custom) {
        this(organisationId, deploymentId, subject, profile, roles, course, link, null, null, custom);
    }

    /** An LTI 1.1 launch: no {@code sub}, no deployment. */
    public boolean isLti11() {
        return subject == null;
    }

    public record Course(String key, String label, String title) {
    }

    public record Link(String key, String title) {
    }
}
