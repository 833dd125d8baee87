package org.thirdspace.application.courselink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;
import org.thirdspace.community.tag.TagName;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The spaces a course designer may link into their course: those of their organisation they
 * facilitate, found by words of the title or purpose, or by a tag their conversations carry.
 */
@ApplicationScoped
public class ListLinkableSpaces {

    private static final int LIMIT = 25;

    private Spaces spaces;

    protected ListLinkableSpaces() {
    }

    @Inject
    public ListLinkableSpaces(Spaces spaces) {
        this.spaces = spaces;
    }

    public record LinkableSpace(UUID id, String title, String purpose, String kind, boolean linkedHere) {
    }

    @Transactional
    public List<LinkableSpace> search(Actor actor, String query) {
        if (!SpacePolicy.mayLinkIntoCourse(actor.launchRoles())) {
            throw new AccessDenied("only the course's instructors and designers place community links");
        }
        Set<UUID> facilitated = spaces.memberships(actor.organisationId(), actor.personId()).stream()
                .filter(Membership::facilitates).map(Membership::spaceId).collect(Collectors.toSet());
        String tag = query == null ? null : TagName.of(query).map(TagName::value).orElse(null);
        Set<UUID> linkedHere = actor.courseId() == null ? Set.of()
                : spaces.linkedTo(actor.courseId()).stream().map(Space::id).collect(Collectors.toSet());
        return spaces.search(actor.organisationId(), query, tag, facilitated, LIMIT).stream()
                .map(s -> new LinkableSpace(s.id(), s.title(), s.purpose(), s.kind().name(), linkedHere.contains(s.id())))
                .toList();
    }
}
