package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.PostReport;
import org.thirdspace.community.moderation.PostReports;

import java.util.ArrayList;
import java.util.List;

/** The reporter follows their own reports to their outcome. */
@ApplicationScoped
public class ShowMyReports {

    private ModerationCases moderationCases;
    private PostReports reports;
    private Threads threads;

    protected ShowMyReports() {
    }

    @Inject
    public ShowMyReports(ModerationCases moderationCases, PostReports reports, Threads threads) {
        this.moderationCases = moderationCases;
        this.reports = reports;
        this.threads = threads;
    }

    @Transactional
    public List<MyReport> mine(Actor actor) {
        List<MyReport> reports = new ArrayList<>();
        for (PostReport report : this.reports.reportsBy(actor.personId(), 200)) {
            ModerationCase c = moderationCases.moderationCase(report.caseId()).orElseThrow();
            if (!c.organisationId().equals(actor.organisationId())) {
                continue;
            }
            String title = threads.thread(c.threadId()).map(DiscussionThread::title).orElse("");
            reports.add(MyReport.of(report, c, title));
        }
        return reports;
    }
}
