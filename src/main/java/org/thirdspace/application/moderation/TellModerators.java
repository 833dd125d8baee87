package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.PostReport;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.notification.Notifications;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Tells people when a case needs them or has an outcome: the space's moderators of a new case
 * opened by a report and of an author's review request, the reporters of the decision. A report
 * never names its reporter to anyone but the moderators in the case itself, so the moderators'
 * notification carries no actor; nor does the reporters' (the outcome is under My reports).
 */
@ApplicationScoped
public class TellModerators {

    /** More moderators than this in one space are not all told (the queue shows every case anyway). */
    static final int MAX_TOLD = 200;

    private Notifications notifications;
    private Spaces spaces;

    protected TellModerators() {
    }

    @Inject
    public TellModerators(Notifications notifications, Spaces spaces) {
        this.notifications = notifications;
        this.spaces = spaces;
    }

    /** A report opened the case; neither the reporter nor the post's author is told. */
    public void reportReceived(ModerationCase c, UUID reporterId, Instant now) {
        tell(c, NotificationKind.REPORT_RECEIVED, null, Set.of(reporterId, c.authorId()), now);
    }

    /** The author asks the moderators to look at their post again. */
    public void reviewRequested(ModerationCase c, Instant now) {
        tell(c, NotificationKind.REVIEW_REQUESTED, c.authorId(), Set.of(c.authorId()), now);
    }

    /** The case is decided: each member who reported the post is told once. */
    public void decided(ModerationCase c, List<PostReport> reports, Instant now) {
        Set<UUID> reporters = new LinkedHashSet<>();
        reports.forEach(r -> reporters.add(r.reporterId()));
        for (UUID reporter : reporters) {
            notifications.add(new Notification(reporter, NotificationKind.REPORT_DECIDED, null, c.spaceId(), c.threadId(), c.postId(), now));
        }
    }

    private void tell(ModerationCase c, NotificationKind kind, UUID actorId, Set<UUID> notThem, Instant now) {
        for (UUID moderator : spaces.moderators(c.spaceId(), MAX_TOLD)) {
            if (!notThem.contains(moderator)) {
                notifications.add(new Notification(moderator, kind, actorId, c.spaceId(), c.threadId(), c.postId(), now));
            }
        }
    }
}
