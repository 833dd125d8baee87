package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.safety.Cases;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.moderation.IllegalTransition;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.ModerationState;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.PostReports;
import org.thirdspace.community.moderation.SafeSpacePolicy;
import org.thirdspace.community.moderation.StepKind;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision on a case: uphold, dismiss, or escalate to the organisation's admins, always with a
 * reason. Dismissing gives a hidden post back to the space; upholding leaves the post as it is
 * (hiding is its own, visible step). Illegal transitions are refused and change nothing.
 */
@ApplicationScoped
public class DecideCase {

    static final int MAX_REASON = 2000;

    private CaseAccess access;
    private ModerationCases moderationCases;
    private Posts posts;
    private ModerationAudit audit;
    private TellModerators tell;
    private Threads threads;
    private PostReports reports;

    protected DecideCase() {
    }

    @Inject
    public DecideCase(CaseAccess access, ModerationCases moderationCases, Posts posts, ModerationAudit audit, TellModerators tell, Threads threads, PostReports reports) {
        this.access = access;
        this.moderationCases = moderationCases;
        this.posts = posts;
        this.audit = audit;
        this.tell = tell;
        this.threads = threads;
        this.reports = reports;
    }

    public record Request(String to, String reason) {
    }

    @Transactional
    public ModerationState decide(Actor actor, UUID caseId, Request request, Instant now) {
        CaseAccess.InCase in = access.handle(actor, caseId);
        ModerationCase c = in.moderationCase();
        ModerationState to = state(request);
        String reason = Field.required("reason", request.reason(), MAX_REASON);
        if (!c.state().mayMoveTo(to)) {
            throw new IllegalTransition(c.state(), to);
        }
        if (!SafeSpacePolicy.mayDecide(c.state(), to, in.moderatesSpace(), in.organisationAdmin())) {
            throw new AccessDenied("an escalated case is decided by the organisation's admins");
        }
        Post post = posts.post(c.postId()).orElseThrow();
        if (to == ModerationState.DISMISSED && post.isHidden()) {
            moderationCases.add(c.note(StepKind.RESTORED, actor.personId(), "case dismissed", Cases.snapshot(post), now));
            post.restore();
        }
        moderationCases.add(c.decide(to, actor.personId(), reason, Cases.snapshot(post), now));
        audit.record(actor, c.spaceId(), ModeratorAction.DECIDE_CASE, c.id(), to + ": " + reason, now);
        if (to == ModerationState.UPHELD || to == ModerationState.DISMISSED) {
            tell.decided(threads.thread(c.threadId()).orElseThrow(), post, reports.reports(c.id()), now);
        }
        return to;
    }

    private static ModerationState state(Request request) {
        if (request == null || request.to() == null) {
            throw new InvalidRequest("to", "say what the case becomes: UPHELD, DISMISSED or ESCALATED");
        }
        try {
            return ModerationState.valueOf(request.to());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("to", "a case becomes UPHELD, DISMISSED or ESCALATED");
        }
    }
}
