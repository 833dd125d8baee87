package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.person.DeliverNotifications;
import org.thirdspace.community.discussion.Discussions;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.Moderation;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.StepKind;
import org.thirdspace.community.notification.NotificationKind;

import java.time.Instant;
import java.util.UUID;

/**
 * Gentle correction first: a moderator writes privately to the author of the post (usually from a
 * template, in their own words), before anything is removed in public. The author is told in the
 * app; the note comes from "the moderators", not from a named person.
 */
@ApplicationScoped
public class SendModeratorNote {

    static final int MAX_NOTE = 2000;

    @Inject
    CaseAccess access;

    @Inject
    Moderation moderation;

    @Inject
    Discussions discussions;

    @Inject
    DeliverNotifications deliver;

    @Inject
    ModerationAudit audit;

    public record Request(String text) {
    }

    @Transactional
    public void send(Actor actor, UUID caseId, Request request, Instant now) {
        ModerationCase c = access.handle(actor, caseId).moderationCase();
        String text = Field.required("text", request == null ? null : request.text(), MAX_NOTE);
        Post post = discussions.post(c.postId()).orElseThrow();
        moderation.add(c.note(StepKind.NOTE_SENT, actor.personId(), text, Cases.snapshot(post), now));
        deliver.deliver(NotificationKind.MODERATOR_NOTE, java.util.Set.of(c.authorId()), null,
                discussions.thread(c.threadId()).orElseThrow(), post, now);
        audit.record(actor, c.spaceId(), ModeratorAction.SEND_NOTE, c.id(), text, now);
    }
}
