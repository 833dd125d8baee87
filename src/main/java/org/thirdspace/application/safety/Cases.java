package org.thirdspace.application.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.CaseOrigin;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.PostSnapshot;

import java.time.Instant;
import java.util.UUID;

/**
 * The open case of a post, opened when there is none: reports, the watch list and moderators'
 * own actions about one post all gather in one case, so its history tells the whole story.
 */
@ApplicationScoped
public class Cases {

    private ModerationCases moderationCases;

    protected Cases() {
    }

    @Inject
    public Cases(ModerationCases moderationCases) {
        this.moderationCases = moderationCases;
    }

    public ModerationCase openFor(DiscussionThread thread, Post post, CaseOrigin origin, UUID actorId, String reason, Instant now) {
        return moderationCases.openCase(post.id()).orElseGet(() -> {
            ModerationCase opened = new ModerationCase(thread.organisationId(), post.spaceId(), thread.id(), post.id(), post.authorId(),
                    origin, now);
            moderationCases.add(opened);
            moderationCases.add(opened.opened(actorId, reason, snapshot(post)));
            return opened;
        });
    }

    public static PostSnapshot snapshot(Post post) {
        return new PostSnapshot(post.version(), post.bodyMarkdown());
    }
}
