package org.thirdspace.application.moderation;

import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.PostReport;

import java.time.Instant;
import java.util.UUID;

/**
 * A report as its reporter sees it: what they reported and how it ended — never who else
 * reported, nor the moderators' notes.
 */
public record MyReport(UUID id, UUID postId, UUID threadId, String threadTitle, String reason, String text, Instant reportedAt,
                       String outcome, Instant decidedAt) {

    /** UNDER_REVIEW while the case is open (escalated included), else UPHELD or DISMISSED. */
    static MyReport of(PostReport report, ModerationCase c, String threadTitle) {
        boolean open = c.state().isOpen();
        return new MyReport(report.id(), report.postId(), c.threadId(), threadTitle, report.reason().name(), report.text(),
                report.createdAt(), open ? "UNDER_REVIEW" : c.state().name(), open ? null : c.updatedAt());
    }
}
