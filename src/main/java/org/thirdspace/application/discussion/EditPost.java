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
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.PostMentions;
import org.thirdspace.community.discussion.PostRevision;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.moderation.ModerationCases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Authors edit their own posts (and, for the opening post, the thread's title); every earlier
 * version is kept, and shown to the members of the space — except for a post the moderators
 * reviewed, whose earlier versions only its author and the space's moderators see.
 */
@ApplicationScoped
public class EditPost {

    private ThreadAccess threads;
    private Posts posts;
    private PostBodies bodies;
    private Fanout fanout;
    private WriteGate gate;
    private WatchListReview watchList;
    private PostMentions mentions;
    private ModerationCases moderationCases;

    protected EditPost() {
    }

    @Inject
    public EditPost(ThreadAccess threads, Posts posts, PostBodies bodies, Fanout fanout, WriteGate gate,
                    WatchListReview watchList, PostMentions mentions, ModerationCases moderationCases) {
        this.threads = threads;
        this.posts = posts;
        this.bodies = bodies;
        this.fanout = fanout;
        this.gate = gate;
        this.watchList = watchList;
        this.mentions = mentions;
        this.moderationCases = moderationCases;
    }

    public record Request(String body, String title) {
    }

    public record Revision(int version, String title, String markdown, Instant replacedAt) {
    }

    @Transactional
    public Post edit(Actor actor, UUID postId, Request request, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!post.authorId().equals(actor.personId()) || post.isDeleted() || !in.inSpace()) {
            throw new AccessDenied("only the author edits a post, while they are a member of the space");
        }
        gate.mayWrite(actor, in.space().id(), now);
        if (request == null) {
            throw new InvalidRequest("body", "body is required");
        }
        DiscussionThread thread = in.thread();
        String title = post.isOpening() ? Field.optional("title", request.title(), DiscussionThread.MAX_TITLE) : null;
        PostBodies.Written written = bodies.render(actor.organisationId(), in.space().id(), request.body());
        PostRevision previous = post.edit(written.body(), post.isOpening() ? thread.title() : null, actor.personId(), now);
        posts.add(previous);
        mentions.record(post.id(), written.mentions());
        if (title != null) {
            thread.retitle(title, now);
        }
        watchList.written(thread, post, title, now);
        return post;
    }

    @Transactional
    public List<Revision> history(Actor actor, UUID postId, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!in.inSpace()) {
            throw new AccessDenied("the history of a post is for members of its space");
        }
        // What moderators reviewed (an earlier version may be the one they hid) stays between its
        // author and them, also once the post is restored.
        boolean mine = post.authorId().equals(actor.personId());
        if (!mine && !in.membership().moderates() && !moderationCases.moderatedPosts(List.of(postId)).isEmpty()) {
            throw new AccessDenied("the earlier versions of a post the moderators reviewed are for its author and the moderators");
        }
        return posts.revisions(postId).stream()
                .map(r -> new Revision(r.version(), r.title(), r.bodyMarkdown(), r.replacedAt())).toList();
    }
}
