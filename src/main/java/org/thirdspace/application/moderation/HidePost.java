package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.application.safety.Cases;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.CaseOrigin;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.StepKind;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.UUID;

/**
 * Moderators hide a post pending review, or give it back. Hiding always happens inside a case (one
 * is opened if needed) so the decision that follows has its history; restoring is recorded in the
 * open case when there is one.
 */
@ApplicationScoped
public class HidePost {

    private ThreadAccess threads;
    private ModerationCases moderationCases;
    private Cases cases;
    private ModerationAudit audit;

    protected HidePost() {
    }

    @Inject
    public HidePost(ThreadAccess threads, ModerationCases moderationCases, Cases cases, ModerationAudit audit) {
        this.threads = threads;
        this.moderationCases = moderationCases;
        this.cases = cases;
        this.audit = audit;
    }

    public record Request(String reason) {
    }

    @Transactional
    public void hide(Actor actor, UUID postId, boolean hide, Request request, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!SpacePolicy.mayModerate(in.membership())) {
            throw new AccessDenied("only the space's moderators hide and restore posts");
        }
        String reason = Field.optional("reason", request == null ? null : request.reason(), DecideCase.MAX_REASON);
        ModerationCase open = hide ? cases.openFor(in.thread(), post, CaseOrigin.MODERATOR, actor.personId(), reason, now)
                : moderationCases.openCase(postId).orElse(null);
        if (hide) {
            post.hide(now);
        } else {
            post.restore();
        }
        if (open != null) {
            moderationCases.add(open.note(hide ? StepKind.HIDDEN : StepKind.RESTORED, actor.personId(), reason, Cases.snapshot(post), now));
        }
        audit.record(actor, in.space().id(), hide ? ModeratorAction.HIDE_POST : ModeratorAction.RESTORE_POST, postId, reason, now);
    }
}
