package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.organisation.DefaultsInForce;
import org.thirdspace.community.organisation.SpaceCreation;
import org.thirdspace.community.space.CourseCopies;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceKind;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;

/**
 * An instructor or designer (unless the organisation keeps it to its admins) starts a space for the course they launched from: the course is
 * linked (its members become members) and the link they came through opens it from now on.
 */
@ApplicationScoped
public class CreateSpace {

    private Spaces spaces;
    private DefaultsInForce defaults;

    protected CreateSpace() {
    }

    @Inject
    public CreateSpace(Spaces spaces, DefaultsInForce defaults) {
        this.spaces = spaces;
        this.defaults = defaults;
    }

    /** {@code courseCopies} is JOIN or NEW_RUN; when absent, the kind's default. */
    public record Request(String title, String purpose, String description, String kind, String courseCopies) {
    }

    @Transactional
    public Space create(Actor actor, Request request, Instant now) {
        SpaceCreation policy = defaults.of(actor.organisationId()).spaceCreation();
        if (!SpacePolicy.mayCreateSpace(actor.launchRoles(), policy)) {
            throw new AccessDenied(policy == SpaceCreation.ADMINS_ONLY
                    ? "in your organisation only administrators start spaces: ask your L&D admin to start one for this course"
                    : "only instructors and course designers can start a space for a course");
        }
        if (request == null) {
            throw new InvalidRequest("title", "title is required");
        }
        SpaceKind kind;
        try {
            kind = request.kind() == null ? SpaceKind.COMMUNITY_OF_PRACTICE : SpaceKind.valueOf(request.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("kind", "kind must be COMMUNITY_OF_PRACTICE, PEER_GROUP_PROGRAMME or COHORT");
        }
        Space space = new Space(actor.organisationId(), Field.required("title", request.title(), Space.MAX_TITLE),
                Field.optional("purpose", request.purpose(), Space.MAX_PURPOSE),
                Field.optional("description", request.description(), Space.MAX_DESCRIPTION), kind, actor.personId(), now);
        space.copyRule(courseCopies(request.courseCopies(), kind.defaultCourseCopies()), now);
        spaces.add(space);
        if (actor.courseId() != null) {
            spaces.linkCourse(space.id(), actor.courseId(), actor.personId(), now);
            if (actor.linkId() != null) {
                spaces.setEntry(actor.linkId(), space.id(), now);
            }
        }
        return space;
    }

    static CourseCopies courseCopies(String value, CourseCopies otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return CourseCopies.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("courseCopies", "courseCopies must be JOIN or NEW_RUN");
        }
    }
}
