package org.thirdspace.application.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.roster.CourseFacilitators;
import org.thirdspace.application.roster.Requester;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.space.Spaces;

import java.util.UUID;

/**
 * Which link's grading a person may see and change: the link they launched from, when it opens the
 * space they ask about, in a course they teach (or as an organisation administrator). A learner is
 * denied; a space of another organisation, or one the caller's link does not open, is not found.
 */
@ApplicationScoped
public class GradingAccess {

    private Spaces spaces;
    private CourseFacilitators facilitators;

    protected GradingAccess() {
    }

    @Inject
    public GradingAccess(Spaces spaces, CourseFacilitators facilitators) {
        this.spaces = spaces;
        this.facilitators = facilitators;
    }

    /** The link and course to grade; call inside the use case's transaction. */
    public Target require(Actor actor, UUID spaceId) {
        if (actor.linkId() == null || actor.courseId() == null
                || !spaceId.equals(spaces.entry(actor.linkId()).orElse(null))) {
            throw new NotFound("grading is set on the course link that opens the space; open the space from that link");
        }
        CourseContext course = facilitators.require(
                new Requester(actor.organisationId(), actor.personId(), actor.courseId(), actor.launchRoles()), actor.courseId());
        return new Target(actor.linkId(), course.id(), course.organisationId());
    }

    public record Target(UUID linkId, UUID courseId, UUID organisationId) {
    }
}
