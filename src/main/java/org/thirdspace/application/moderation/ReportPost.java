package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.application.organisation.DefaultsInForce;
import org.thirdspace.application.safety.Cases;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.CaseOrigin;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.PostReport;
import org.thirdspace.community.moderation.PostReports;
import org.thirdspace.community.moderation.ReportReason;
import org.thirdspace.community.moderation.SafeSpacePolicy;
import org.thirdspace.community.moderation.StepKind;

import java.time.Instant;
import java.util.UUID;

/**
 * A member reports a thread's opening post or a reply, once per post, with a reason. The report
 * joins the post's open case (or opens one); when enough different members reported it, the post
 * is hidden until a moderator looks — the author is not named and shamed, the post just waits.
 * How many is enough is the organisation's default (spaces have no threshold of their own), else the tool's setting.
 */
@ApplicationScoped
public class ReportPost {

    private ThreadAccess threads;
    private WriteGate gate;
    private ModerationCases moderationCases;
    private PostReports reports;
    private Cases cases;
    private DefaultsInForce defaults;
    private TellModerators tell;

    protected ReportPost() {
    }

    @Inject
    public ReportPost(ThreadAccess threads, WriteGate gate, ModerationCases moderationCases, PostReports reports, Cases cases,
                      DefaultsInForce defaults, TellModerators tell) {
        this.threads = threads;
        this.gate = gate;
        this.moderationCases = moderationCases;
        this.reports = reports;
        this.cases = cases;
        this.defaults = defaults;
        this.tell = tell;
    }

    public record Request(String reason, String text) {
    }

    @Transactional
    public MyReport report(Actor actor, UUID postId, Request request, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!SafeSpacePolicy.mayReport(in.membership(), post.authorId().equals(actor.personId()), post.isDeleted())) {
            throw new AccessDenied("members of the space report posts of others");
        }
        gate.mayWrite(actor, in.space().id(), now);
        ReportReason reason = reason(request);
        String text = Field.optional("text", request.text(), PostReport.MAX_TEXT);
        if (reason == ReportReason.OTHER && text == null) {
            throw new InvalidRequest("text", "say in a few words what is wrong");
        }
        if (reports.reported(postId, actor.personId())) {
            throw new Conflict("you already reported this post; you can follow it under My reports");
        }
        gate.mayReport(actor, now);
        boolean newCase = moderationCases.openCase(postId).isEmpty();
        ModerationCase open = cases.openFor(in.thread(), post, CaseOrigin.REPORTS, null, "reported", now);
        PostReport report = new PostReport(open.id(), postId, actor.personId(), reason, text, now);
        if (!reports.add(report)) {
            throw new Conflict("you already reported this post; you can follow it under My reports");
        }
        moderationCases.add(open.note(StepKind.REPORTED, actor.personId(), reason + (text == null ? "" : ": " + text), Cases.snapshot(post), now));
        if (newCase) {
            tell.reportReceived(open, in.thread(), post, actor.personId(), now);
        }
        long reporters = reports.reporters(open.id());
        if (!post.isHidden() && SafeSpacePolicy.reportsHide(reporters, defaults.of(actor.organisationId()).reportThreshold())) {
            post.hide(now);
            moderationCases.add(open.note(StepKind.HIDDEN, null, reporters + " members reported it; hidden until a moderator reviews it",
                    Cases.snapshot(post), now));
        }
        return MyReport.of(report, open, in.thread().title());
    }

    private static ReportReason reason(Request request) {
        if (request == null || request.reason() == null) {
            throw new InvalidRequest("reason", "choose a reason");
        }
        try {
            return ReportReason.valueOf(request.reason());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("reason", "a reason is HARASSMENT, HATE, MISINFORMATION, SPAM, OFF_TOPIC or OTHER");
        }
    }
}
