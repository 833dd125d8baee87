package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceActivity;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The spaces a person belongs to in their organisation, as a space switcher and "my spaces" show
 * them: what each is for, how many members it has, how alive it is, and whether the course the
 * person launched from is linked to it.
 */
@ApplicationScoped
public class ListMySpaces {

    private Spaces spaces;

    protected ListMySpaces() {
    }

    @Inject
    public ListMySpaces(Spaces spaces) {
        this.spaces = spaces;
    }

    /** {@code lastActivityAt} is null for a space without conversations yet. */
    public record Item(UUID id, String title, String purpose, String kind, boolean archived, long memberCount,
                       long conversations, Instant lastActivityAt, boolean ofMyCourse) {
    }

    @Transactional
    public List<Item> list(Actor actor, Instant now) {
        List<Space> mine = spaces.spacesOf(actor.organisationId(), actor.personId());
        Map<UUID, SpaceActivity> activity = spaces.activity(mine.stream().map(Space::id).toList(), now);
        Set<UUID> ofCourse = actor.courseId() == null ? Set.of()
                : Set.copyOf(spaces.linkedTo(actor.courseId()).stream().map(Space::id).toList());
        return mine.stream().map(s -> {
            SpaceActivity a = activity.getOrDefault(s.id(), SpaceActivity.NONE);
            return new Item(s.id(), s.title(), s.purpose(), s.kind().name(), s.isArchived(), spaces.memberCount(s.id()),
                    a.conversations(), a.lastActivityAt(), ofCourse.contains(s.id()));
        }).toList();
    }
}
