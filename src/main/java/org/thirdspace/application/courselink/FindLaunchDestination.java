package org.thirdspace.application.courselink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.organisation.DefaultsInForce;
import org.thirdspace.community.organisation.SpaceCreation;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.space.CourseCopies;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Routes a launch to its space: the artifact or space named by the link's custom parameters (which
 * survive course copies), else the space this link was set to open, else the course's only linked space.
 * Without any of these, the course is not set up yet.
 *
 * <p>A link names a space with {@code community_id} and {@code community_key}. When its course is
 * not linked to that space — a copied course, whose context id is new — the key must match (only
 * links the tool placed have one), and the space's rule decides: the course joins the space, or
 * gets its own run of it, started once per course.
 */
@ApplicationScoped
public class FindLaunchDestination {

    private Spaces spaces;
    private Courses courses;
    private CommunityLinkKeys keys;
    private DefaultsInForce defaults;

    protected FindLaunchDestination() {
    }

    @Inject
    public FindLaunchDestination(Spaces spaces, Courses courses, CommunityLinkKeys keys, DefaultsInForce defaults) {
        this.spaces = spaces;
        this.courses = courses;
        this.keys = keys;
        this.defaults = defaults;
    }

    /** The custom parameters of a placed link: a space and its key, or an artifact. */
    public record CommunityReference(String spaceId, String key, String artifactId) {

        public CommunityReference(String spaceId, String key) {
            this(spaceId, key, null);
        }
    }

    /** {@code courseName} when the caller has it (a launch does), else null and it is read when needed. */
    @Transactional
    public LaunchDestination find(Actor actor, String courseName, CommunityReference reference, Instant now) {
        if (actor.courseId() == null) {
            return LaunchDestination.notSetUp(false, null);
        }
        Optional<UUID> artifact = reference == null ? Optional.empty() : parse(reference.artifactId());
        if (artifact.isPresent()) {
            // Whether the person may read it is the artifact page's to say (ShowPlacedArtifact):
            // a link of a copied course opens it the same way.
            return LaunchDestination.artifact(artifact.get());
        }
        Optional<Space> named = named(actor, courseName, reference, now);
        if (named.isPresent()) {
            if (actor.linkId() != null) {
                spaces.setEntry(actor.linkId(), named.get().id(), now);
            }
            return LaunchDestination.space(named.get().id(), named.get().title());
        }
        // The link's entry if it has one, else the course's spaces.
        List<Space> linked = actor.linkId() == null ? spaces.linkedTo(actor.courseId())
                : spaces.entryOrLinked(actor.organisationId(), actor.linkId(), actor.courseId());
        if (linked.size() == 1) {
            return LaunchDestination.space(linked.get(0).id(), linked.get(0).title());
        }
        if (linked.size() > 1) {
            return LaunchDestination.choose(linked.stream().map(s -> new LaunchDestination.Choice(s.id(), s.title())).toList());
        }
        // Only someone who teaches the course depends on the organisation's policy: admins may always
        // start a space and learners never, so their launch does not read it.
        RoleSet roles = actor.launchRoles();
        SpaceCreation policy = roles.teaches() && !roles.organisationAdministrator()
                ? defaults.of(actor.organisationId()).spaceCreation() : SpaceCreation.INSTRUCTORS_AND_ADMINS;
        boolean mayCreate = SpacePolicy.mayCreateSpace(actor.launchRoles(), policy);
        // Someone who teaches the course but whose organisation keeps spaces to its admins is told whom to ask.
        boolean askAdmin = !mayCreate && policy == SpaceCreation.ADMINS_ONLY && actor.launchRoles().teaches();
        return LaunchDestination.notSetUp(mayCreate, askAdmin, courseName(actor, courseName));
    }

    private Optional<Space> named(Actor actor, String courseName, CommunityReference reference, Instant now) {
        Optional<Space> space = reference == null ? Optional.empty()
                : parse(reference.spaceId()).flatMap(id -> spaces.find(actor.organisationId(), id));
        if (space.isEmpty()) {
            return Optional.empty();
        }
        Space original = space.get();
        if (spaces.linkedCourses(original.id()).contains(actor.courseId())) {
            return space;
        }
        if (!keys.matches(actor.organisationId(), original.id(), reference.key())) {
            return Optional.empty();
        }
        if (original.courseCopies() == CourseCopies.JOIN) {
            spaces.linkCourse(original.id(), actor.courseId(), null, now);
            return space;
        }
        Optional<Space> run = spaces.runFor(original.id(), actor.courseId());
        if (run.isPresent()) {
            return run;
        }
        Space started = original.runFor(actor.courseId(), courseName(actor, courseName), actor.personId(), now);
        spaces.add(started);
        spaces.linkCourse(started.id(), actor.courseId(), null, now);
        return Optional.of(started);
    }

    private String courseName(Actor actor, String known) {
        return known != null ? known
                : courses.find(actor.organisationId(), actor.courseId()).map(CourseContext::nameToShow).orElse(null);
    }

    private static Optional<UUID> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
