package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.notification.DeliverNotifications;
import org.thirdspace.application.safety.Cases;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.StepKind;
import org.thirdspace.community.notification.NotificationKind;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Gentle correction first: a moderator writes privately to the author of the post (usually from a
 * template, in their own words), before anything is removed in public. The author is told in the
 * app; the note comes from "the moderators", not from a named person.
 */
@ApplicationScoped
public class SendModeratorNote {

    static final int MAX_NOTE = 2000;

    private CaseAccess access;
    private ModerationCases moderationCases;
    private Posts posts;
    private DeliverNotifications deliver;
    private Threads threads;
    private ModerationAudit audit;

    protected SendModeratorNote() {
    }

    @Inject
    public SendModeratorNote(CaseAccess access, ModerationCases moderationCases, Posts posts, DeliverNotifications deliver,
                             Threads threads, ModerationAudit audit) {
        this.access = access;
        this.moderationCases = moderationCases;
        this.posts = posts;
        this.deliver = deliver;
        this.threads = threads;
        this.audit = audit;
    }

    public record Request(String text) {
    }

    @Transactional
    public void send(Actor actor, UUID caseId, Request request, Instant now) {
        ModerationCase c = access.handle(actor, caseId).moderationCase();
        String text = Field.required("text", request == null ? null : request.text(), MAX_NOTE);
        Post post = posts.post(c.postId()).orElseThrow();
        moderationCases.add(c.note(StepKind.NOTE_SENT, actor.personId(), text, Cases.snapshot(post), now));
        deliver.deliver(NotificationKind.MODERATOR_NOTE, Set.of(c.authorId()), null, threads.thread(c.threadId()).orElseThrow(), post, now);
        audit.record(actor, c.spaceId(), ModeratorAction.SEND_NOTE, c.id(), text, now);
    }
}
