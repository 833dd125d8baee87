package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.ModerationState;
import org.thirdspace.community.moderation.ModerationStep;
import org.thirdspace.community.moderation.PostReport;
import org.thirdspace.community.moderation.PostReports;
import org.thirdspace.community.moderation.SafeSpacePolicy;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The moderation queue of a space (open or closed cases), a case with its full history and
 * reports, and the organisation admins' queue of escalated cases. For moderators only.
 */
@ApplicationScoped
public class ShowModerationQueue {

    static final int LIMIT = 200;

    private CaseAccess access;
    private ModerationCases moderationCases;
    private PostReports reports;
    private Posts posts;
    private Threads threads;
    private People people;

    protected ShowModerationQueue() {
    }

    @Inject
    public ShowModerationQueue(CaseAccess access, ModerationCases moderationCases, PostReports reports, Posts posts,
                               Threads threads, People people) {
        this.access = access;
        this.moderationCases = moderationCases;
        this.reports = reports;
        this.posts = posts;
        this.threads = threads;
        this.people = people;
    }

    public record CaseSummary(UUID id, UUID spaceId, UUID threadId, String threadTitle, UUID postId, boolean opening, UUID authorId,
                              String authorName, String origin, String state, long reporters, List<String> reasons, boolean hidden,
                              Instant reviewRequestedAt, String excerpt, Instant openedAt, Instant updatedAt) {
    }

    public record Step(String kind, String from, String to, UUID actorId, String actorName, String reason, int postVersion,
                       String content, Instant at) {
    }

    public record Report(String reporterName, String reason, String text, Instant at) {
    }

    public record CaseView(CaseSummary summary, String currentContent, List<Step> history, List<Report> reports,
                           boolean mayDecide, List<String> next) {
    }

    @Transactional
    public List<CaseSummary> queue(Actor actor, UUID spaceId, boolean open) {
        access.requireModerates(actor, spaceId);
        Set<ModerationState> states = open ? EnumSet.of(ModerationState.PENDING, ModerationState.ESCALATED)
                : EnumSet.of(ModerationState.UPHELD, ModerationState.DISMISSED);
        return summaries(actor, moderationCases.cases(spaceId, states, LIMIT));
    }

    @Transactional
    public List<CaseSummary> escalated(Actor actor) {
        if (!actor.launchRoles().organisationAdministrator()) {
            throw new AccessDenied("escalated cases are for the organisation's admins");
        }
        return summaries(actor, moderationCases.escalated(actor.organisationId(), LIMIT));
    }

    @Transactional
    public CaseView show(Actor actor, UUID caseId) {
        CaseAccess.InCase in = access.handle(actor, caseId);
        ModerationCase c = in.moderationCase();
        List<ModerationStep> steps = moderationCases.steps(caseId);
        List<PostReport> reports = this.reports.reports(caseId);
        Set<UUID> ids = new HashSet<>();
        steps.forEach(s -> ids.add(s.actorId()));
        reports.forEach(r -> ids.add(r.reporterId()));
        ids.remove(null);
        Map<UUID, Person> names = people.byIds(actor.organisationId(), ids);
        Post post = posts.post(c.postId()).orElseThrow();
        List<Step> history = steps.stream().map(s -> new Step(s.kind().name(), s.fromState().name(), s.toState().name(), s.actorId(),
                s.actorId() == null ? null : name(names, s.actorId()), s.reason(), s.postVersion(), s.content(), s.takenAt())).toList();
        List<Report> reportViews = reports.stream().map(r -> new Report(name(names, r.reporterId()), r.reason().name(), r.text(),
                r.createdAt())).toList();
        List<String> next = c.state().next().stream()
                .filter(to -> SafeSpacePolicy.mayDecide(c.state(), to, in.moderatesSpace(),
                        in.organisationAdmin()))
                .map(Enum::name).sorted().toList();
        return new CaseView(summaries(actor, List.of(c)).get(0), post.bodyMarkdown(), history, reportViews, !next.isEmpty(), next);
    }

    private List<CaseSummary> summaries(Actor actor, List<ModerationCase> cases) {
        Set<UUID> authors = new HashSet<>();
        cases.forEach(c -> authors.add(c.authorId()));
        Map<UUID, Person> names = people.byIds(actor.organisationId(), authors);
        List<CaseSummary> out = new ArrayList<>();
        for (ModerationCase c : cases) {
            Post post = posts.post(c.postId()).orElseThrow();
            String title = threads.thread(c.threadId()).map(DiscussionThread::title).orElse("");
            List<PostReport> reports = this.reports.reports(c.id());
            List<String> reasons = reports.stream().map(r -> r.reason().name()).distinct().sorted().toList();
            String text = post.bodyText();
            out.add(new CaseSummary(c.id(), c.spaceId(), c.threadId(), title, c.postId(), post.isOpening(), c.authorId(),
                    name(names, c.authorId()), c.origin().name(), c.state().name(), reports.size(), reasons, post.isHidden(),
                    c.reviewRequestedAt(), text.length() > 200 ? text.substring(0, 200) + "…" : text, c.openedAt(), c.updatedAt()));
        }
        return out;
    }

    private static String name(Map<UUID, Person> names, UUID id) {
        Person person = names.get(id);
        return person == null ? "" : person.nameToShow();
    }
}
