package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.Discussions;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.moderation.Moderation;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.PostReport;

import java.util.ArrayList;
import java.util.List;

/** The reporter follows their own reports to their outcome. */
@ApplicationScoped
public class ShowMyReports {

    @Inject
    Moderation moderation;

    @Inject
    Discussions discussions;

    @Transactional
    public List<MyReport> mine(Actor actor) {
        List<MyReport> reports = new ArrayList<>();
        for (PostReport report : moderation.reportsBy(actor.personId(), 200)) {
            ModerationCase c = moderation.moderationCase(report.caseId()).orElseThrow();
            if (!c.organisationId().equals(actor.organisationId())) {
                continue;
            }
            String title = discussions.thread(c.threadId()).map(DiscussionThread::title).orElse("");
            reports.add(MyReport.of(report, c, title));
        }
        return reports;
    }
}
