package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A facilitator seeds a topic — "seeding good topics is how communities start" — to appear on a
 * date (now, or up to a year ahead). Until then only facilitators see it; then it shows among the
 * conversation starters at the top of the space.
 */
@ApplicationScoped
public class SeedTopic {

    private SpaceAccess access;
    private StartThread startThread;

    protected SeedTopic() {
    }

    @Inject
    public SeedTopic(SpaceAccess access, StartThread startThread) {
        this.access = access;
        this.startThread = startThread;
    }

    public record Request(String title, String body, List<String> tags, Instant publishAt) {
    }

    @Transactional
    public DiscussionThread seed(Actor actor, UUID spaceId, Request request, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayFacilitate(in.membership()) || in.space().isArchived()) {
            throw new AccessDenied("only facilitators seed topics, in spaces that are not archived");
        }
        if (request == null) {
            throw new InvalidRequest("title", "title is required");
        }
        Instant publishAt = request.publishAt() == null || request.publishAt().isBefore(now) ? now : request.publishAt();
        if (publishAt.isAfter(now.plus(Duration.ofDays(366)))) {
            throw new InvalidRequest("publishAt", "a topic can be scheduled at most a year ahead");
        }
        return startThread.create(actor, in, new StartThread.Request(request.title(), request.body(), request.tags(), "SPACE", null),
                true, publishAt, now);
    }

    /**
     * A programme's starter prompt, as a thread in a peer group's audience: the group's members see
     * it, nobody else. The prompt is the title (cut at a thread title's length) and the opening post.
     */
    @Transactional
    public DiscussionThread intoPeerGroup(Actor actor, UUID spaceId, UUID peerGroupId, String prompt, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayFacilitate(in.membership()) || in.space().isArchived()) {
            throw new AccessDenied("only facilitators seed topics, in spaces that are not archived");
        }
        String title = prompt.length() > DiscussionThread.MAX_TITLE ? prompt.substring(0, DiscussionThread.MAX_TITLE - 1) + "…"
                : prompt;
        return startThread.create(actor, in, new StartThread.Request(title, prompt, List.of(), "PEER_GROUP", peerGroupId),
                true, now, now);
    }
}
