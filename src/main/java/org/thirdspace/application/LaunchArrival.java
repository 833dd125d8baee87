package org.thirdspace.application;

import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.PersonProfile;

import java.util.UUID;

/**
 * A person arriving from their LMS, as the protocol layer verified it: who (organisation and
 * subject), what the platform says about them, their roles, and the course and link they came from
 * (either may be absent).
 *
 * <p>{@code subject} is null for an LTI 1.1 launch, which identifies the person by its
 * {@code user_id} alone ({@code lti11UserId}). An LTI 1.3 launch carries an {@code lti11UserId} only
 * when its migration claim was verified: the LMS vouches that this {@code sub} is that 1.1 person.
 */
public record LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile,
                            RoleSet roles, Course course, Link link, String lti11UserId, String sourcedId) {

    public LaunchArrival(UUID organisationId, String deploymentId, String subject, PersonProfile profile,
                         RoleSet roles, Course course, Link link) {
        this(organisationId, deploymentId, subject, profile, roles, course, link, null, null);
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
