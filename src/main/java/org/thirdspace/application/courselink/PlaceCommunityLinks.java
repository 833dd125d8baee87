package org.thirdspace.application.courselink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.discussion.SeedTopic;
import org.thirdspace.application.space.CreateSpace;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A course designer places community links on the course page they came from: each link opens a
 * new space started from a template, or an existing space they facilitate. The course is linked
 * to every placed space, so its members are members before anyone clicks the link.
 */
@ApplicationScoped
public class PlaceCommunityLinks {

    public static final int MAX_LINK_TITLE = 255;
    public static final int MAX_LINK_TEXT = 1000;

    private Spaces spaces;
    private SpaceAccess access;
    private CreateSpace createSpace;
    private SeedTopic seedTopic;
    private CommunityLinkKeys keys;

    protected PlaceCommunityLinks() {
    }

    @Inject
    public PlaceCommunityLinks(Spaces spaces, SpaceAccess access, CreateSpace createSpace, SeedTopic seedTopic,
                               CommunityLinkKeys keys) {
        this.spaces = spaces;
        this.access = access;
        this.createSpace = createSpace;
        this.seedTopic = seedTopic;
        this.keys = keys;
    }

    /** One link to place: an existing space ({@code spaceId}) or a new one ({@code newSpace}). */
    public record Choice(UUID spaceId, CreateSpace.Request newSpace, Starter starter, String linkTitle, String linkText) {
    }

    /** A first conversation starter for a new space, published at once. */
    public record Starter(String title, String body) {
    }

    /** A placed link: the space it opens, what the course page shows, and the key that goes with the space's id. */
    public record Placed(UUID spaceId, String spaceTitle, String linkTitle, String linkText, String key) {
    }

    @Transactional
    public List<Placed> place(Actor actor, List<Choice> choices, Instant now) {
        if (!SpacePolicy.mayLinkIntoCourse(actor.launchRoles()) || actor.courseId() == null) {
            throw new AccessDenied("only the course's instructors and designers place community links");
        }
        List<Placed> placed = new ArrayList<>();
        for (Choice choice : choices) {
            Space space = choice.spaceId() != null ? existing(actor, choice.spaceId(), now) : created(actor, choice, now);
            String title = Field.optional("linkTitle", choice.linkTitle(), MAX_LINK_TITLE);
            placed.add(new Placed(space.id(), space.title(), title == null ? space.title() : title,
                    Field.optional("linkText", choice.linkText(), MAX_LINK_TEXT), keys.keyFor(actor.organisationId(), space.id())));
        }
        return placed;
    }

    private Space existing(Actor actor, UUID spaceId, Instant now) {
        SpaceAccess.InSpace in = access.look(actor, spaceId);
        if (!SpacePolicy.mayLinkExisting(in.membership(), in.space())) {
            throw new AccessDenied("only facilitators of a space link it into a course, and not once it is archived");
        }
        spaces.linkCourse(spaceId, actor.courseId(), actor.personId(), now);
        return in.space();
    }

    private Space created(Actor actor, Choice choice, Instant now) {
        if (choice.newSpace() == null) {
            throw new InvalidRequest("items", "each item names an existing space or describes a new one");
        }
        Space space = createSpace.create(actor, choice.newSpace(), now);
        if (choice.starter() != null && choice.starter().title() != null && !choice.starter().title().isBlank()) {
            seedTopic.seed(actor, space.id(), new SeedTopic.Request(choice.starter().title(), choice.starter().body(), List.of(), now), now);
        }
        return space;
    }
}
