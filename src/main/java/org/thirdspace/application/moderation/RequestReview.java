package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.application.safety.Cases;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.StepKind;

import java.time.Instant;
import java.util.UUID;

/** The author, having edited their post after a note, asks the moderators to look again. */
@ApplicationScoped
public class RequestReview {

    private ThreadAccess threads;
    private ModerationCases moderationCases;
    private TellModerators tell;

    protected RequestReview() {
    }

    @Inject
    public RequestReview(ThreadAccess threads, ModerationCases moderationCases, TellModerators tell) {
        this.threads = threads;
        this.moderationCases = moderationCases;
        this.tell = tell;
    }

    public record Request(String message) {
    }

    @Transactional
    public void request(Actor actor, UUID postId, Request request, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!post.authorId().equals(actor.personId())) {
            throw new AccessDenied("only the author asks for a review of their post");
        }
        ModerationCase c = moderationCases.openCase(postId).orElseThrow(() -> new NotFound("nothing about this post waits for a review"));
        String message = Field.optional("message", request == null ? null : request.message(), SendModeratorNote.MAX_NOTE);
        moderationCases.add(c.note(StepKind.REVIEW_REQUESTED, actor.personId(), message, Cases.snapshot(post), now));
        tell.reviewRequested(c, in.thread(), post, now);
    }
}
