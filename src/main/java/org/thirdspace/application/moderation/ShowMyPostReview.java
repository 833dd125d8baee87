package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.StepKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the author of a post sees of its review: whether it is hidden, the moderators' private
 * notes (not who wrote them, nor who reported), and whether they asked for a review since.
 */
@ApplicationScoped
public class ShowMyPostReview {

    private ThreadAccess threads;
    private ModerationCases moderationCases;

    protected ShowMyPostReview() {
    }

    @Inject
    public ShowMyPostReview(ThreadAccess threads, ModerationCases moderationCases) {
        this.threads = threads;
        this.moderationCases = moderationCases;
    }

    public record Note(String text, Instant sentAt) {
    }

    public record PostReview(UUID postId, UUID threadId, boolean hidden, boolean underReview, List<Note> notes, Instant reviewRequestedAt) {
    }

    @Transactional
    public PostReview show(Actor actor, UUID postId, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!post.authorId().equals(actor.personId())) {
            throw new AccessDenied("the review of a post is for its author");
        }
        ModerationCase open = moderationCases.openCase(postId).orElse(null);
        List<Note> notes = open == null ? List.of() : moderationCases.steps(open.id()).stream()
                .filter(s -> s.kind() == StepKind.NOTE_SENT).map(s -> new Note(s.reason(), s.takenAt())).toList();
        return new PostReview(postId, post.threadId(), post.isHidden(), open != null, notes, open == null ? null : open.reviewRequestedAt());
    }
}
