package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Routes a launch to its space: the space named by the link's custom parameter ({@code space_id},
 * which survives course copies), else the space this link was set to open, else the course's only
 * linked space. A link that names a space of the organisation links its course to it, so the
 * course's members become members. Without any of these, the course is not set up yet.
 */
@ApplicationScoped
public class FindLaunchDestination {

    @Inject
    Spaces spaces;

    @Inject
    Courses courses;

    @Transactional
    public LaunchDestination find(Actor actor, String customSpaceId, Instant now) {
        if (actor.courseId() == null) {
            return LaunchDestination.notSetUp(false, null);
        }
        Optional<Space> named = parse(customSpaceId).flatMap(id -> spaces.find(actor.organisationId(), id));
        if (named.isPresent()) {
            spaces.linkCourse(named.get().id(), actor.courseId(), null, now);
            if (actor.linkId() != null) {
                spaces.setEntry(actor.linkId(), named.get().id(), now);
            }
            return LaunchDestination.space(named.get().id(), named.get().title());
        }
        if (actor.linkId() != null) {
            Optional<Space> entry = spaces.entry(actor.linkId()).flatMap(id -> spaces.find(actor.organisationId(), id));
            if (entry.isPresent()) {
                return LaunchDestination.space(entry.get().id(), entry.get().title());
            }
        }
        List<Space> linked = spaces.linkedTo(actor.courseId());
        if (linked.size() == 1) {
            return LaunchDestination.space(linked.get(0).id(), linked.get(0).title());
        }
        if (linked.size() > 1) {
            return LaunchDestination.choose(linked.stream().map(s -> new LaunchDestination.Choice(s.id(), s.title())).toList());
        }
        String courseName = courses.find(actor.organisationId(), actor.courseId()).map(c -> c.nameToShow()).orElse(null);
        return LaunchDestination.notSetUp(SpacePolicy.mayCreateSpace(actor.launchRoles()), courseName);
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
