package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.safety.WatchListReview;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.PostMentions;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.Notifications;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.tag.Tag;
import org.thirdspace.community.tag.Tags;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A member starts a thread: title, body, tags and an audience (their peer group, the space, or —
 * their own choice, so their consent — the organisation). Mentioned members are told, and the
 * author follows their thread.
 */
@ApplicationScoped
public class StartThread {

    private SpaceAccess access;
    private Posts posts;
    private Threads threads;
    private PostBodies bodies;
    private ThreadTags threadTags;
    private Tags tags;
    private PeerGroups peerGroups;
    private Notifications notifications;
    private Fanout fanout;
    private WriteGate gate;
    private WatchListReview watchList;
    private PostMentions mentions;

    protected StartThread() {
    }

    @Inject
    public StartThread(SpaceAccess access, Posts posts, Threads threads, PostBodies bodies, ThreadTags threadTags, Tags tags,
                       PeerGroups peerGroups, Notifications notifications, Fanout fanout, WriteGate gate,
                       WatchListReview watchList, PostMentions mentions) {
        this.access = access;
        this.posts = posts;
        this.threads = threads;
        this.bodies = bodies;
        this.threadTags = threadTags;
        this.tags = tags;
        this.peerGroups = peerGroups;
        this.notifications = notifications;
        this.fanout = fanout;
        this.gate = gate;
        this.watchList = watchList;
        this.mentions = mentions;
    }

    public record Request(String title, String body, List<String> tags, String audience, UUID peerGroupId) {
    }

    @Transactional
    public DiscussionThread start(Actor actor, UUID spaceId, Request request, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayStartThread(in.membership(), in.space())) {
            throw new AccessDenied(in.space().isArchived() ? "this space is archived" : "you may not start threads here");
        }
        // Suspension, code of conduct and the posting rate are checked before anything is written.
        // Seeded topics (SeedTopic) are not: they are the facilitators' running of the space, and
        // Deep Linking seeds one in the transaction that creates the space, before anyone could
        // have accepted its code.
        gate.mayWrite(actor, in.space().id(), now);
        gate.mayPost(actor, now);
        return create(actor, in, request, false, now, now);
    }

    DiscussionThread create(Actor actor, SpaceAccess.InSpace in, Request request, boolean seeded, Instant publishAt, Instant now) {
        if (request == null) {
            throw new InvalidRequest("title", "title is required");
        }
        String title = Field.required("title", request.title(), DiscussionThread.MAX_TITLE);
        Audience audience = audience(request.audience());
        UUID group = null;
        if (audience == Audience.PEER_GROUP) {
            group = request.peerGroupId();
            // Facilitators seed a programme's starter prompts into groups they are not in (SeedTopic).
            if (group == null || peerGroups.find(group).filter(g -> g.spaceId().equals(in.space().id())).isEmpty()
                    || !seeded && !peerGroups.members(group).contains(actor.personId())) {
                throw new InvalidRequest("peerGroupId", "a peer-group thread needs one of your peer groups in this space");
            }
        }
        PostBodies.Written written = bodies.render(actor.organisationId(), in.space().id(), request.body());
        DiscussionThread thread = new DiscussionThread(in.space().id(), actor.organisationId(), actor.personId(), title, audience, group, seeded, publishAt, now);
        threads.add(thread);
        Post opening = new Post(thread, actor.personId(), null, null, true, written.body(), now);
        posts.add(opening);
        mentions.record(opening.id(), written.mentions());
        threadTags.apply(actor.organisationId(), thread.id(), request.tags());
        notifications.follow(actor.personId(), FollowTarget.THREAD, thread.id(), now);
        fanout.posted(thread, opening, written.mentions(), now);
        watchList.written(thread, opening, title, now);
        Set<UUID> tagFollowers = new HashSet<>();
        for (Tag tag : tags.tagsOf(List.of(thread.id())).getOrDefault(thread.id(), List.of())) {
            tagFollowers.addAll(notifications.followers(FollowTarget.TAG, tag.id()));
        }
        fanout.tagged(thread, tagFollowers, now);
        return thread;
    }

    static Audience audience(String value) {
        if (value == null || value.isBlank()) {
            return Audience.SPACE;
        }
        try {
            return Audience.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("audience", "audience must be PEER_GROUP, SPACE or ORGANISATION");
        }
    }
}
