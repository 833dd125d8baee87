package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.safety.WatchListReview;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.PostMentions;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.ReadMarkers;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.Notifications;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.UUID;

/**
 * A member replies: to the thread, or to a reply (filed under its top-level reply: one level of
 * nesting), optionally quoting a post of the thread. Mentioned members and the thread's followers
 * are told; the replier follows the thread from now on.
 */
@ApplicationScoped
public class ReplyToThread {

    private ThreadAccess threads;
    private Posts posts;
    private ReadMarkers readMarkers;
    private PostBodies bodies;
    private Notifications notifications;
    private Fanout fanout;
    private WriteGate gate;
    private WatchListReview watchList;
    private PostMentions mentions;

    protected ReplyToThread() {
    }

    @Inject
    public ReplyToThread(ThreadAccess threads, Posts posts, ReadMarkers readMarkers, PostBodies bodies,
                         Notifications notifications, Fanout fanout, WriteGate gate, WatchListReview watchList, PostMentions mentions) {
        this.threads = threads;
        this.posts = posts;
        this.readMarkers = readMarkers;
        this.bodies = bodies;
        this.notifications = notifications;
        this.fanout = fanout;
        this.gate = gate;
        this.watchList = watchList;
        this.mentions = mentions;
    }

    public record Request(String body, UUID parentId, UUID quotedPostId) {
    }

    @Transactional
    public Post reply(Actor actor, UUID threadId, Request request, Instant now) {
        ThreadAccess.InThread in = threads.thread(actor, threadId, now);
        if (!in.inSpace() || !SpacePolicy.mayReply(in.membership(), in.space(), in.thread().isLocked())) {
            throw new AccessDenied(in.thread().isLocked() ? "this thread is locked" : in.space().isArchived()
                    ? "this space is archived" : "only members of the space reply");
        }
        gate.mayWrite(actor, in.space().id(), now);
        gate.mayPost(actor, now);
        if (request == null) {
            throw new InvalidRequest("body", "body is required");
        }
        UUID parent = null;
        if (request.parentId() != null) {
            Post to = threads.post(in, request.parentId());
            parent = to.isOpening() ? null : (to.parentId() != null ? to.parentId() : to.id());
        }
        if (request.quotedPostId() != null) {
            threads.post(in, request.quotedPostId());
        }
        PostBodies.Written written = bodies.render(actor.organisationId(), in.space().id(), request.body());
        Post post = new Post(in.thread(), actor.personId(), parent, request.quotedPostId(), false, written.body(), now);
        posts.add(post);
        mentions.record(post.id(), written.mentions());
        in.thread().replied(now);
        fanout.posted(in.thread(), post, written.mentions(), now);
        watchList.written(in.thread(), post, null, now);
        notifications.follow(actor.personId(), FollowTarget.THREAD, threadId, now);
        readMarkers.markRead(actor.personId(), threadId, now);
        return post;
    }
}
