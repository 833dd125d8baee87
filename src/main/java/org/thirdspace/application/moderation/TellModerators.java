package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.notification.DeliverNotifications;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.PostReport;
import org.thirdspace.community.notification.NotificationKind;
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

    private DeliverNotifications deliver;
    private Spaces spaces;

    protected TellModerators() {
    }

    @Inject
    public TellModerators(DeliverNotifications deliver, Spaces spaces) {
        this.deliver = deliver;
        this.spaces = spaces;
    }

    /** A report opened the case; neither the reporter nor the post's author is told. */
    public void reportReceived(ModerationCase c, DiscussionThread thread, Post post, UUID reporterId, Instant now) {
        tell(c, NotificationKind.REPORT_RECEIVED, null, Set.of(reporterId, c.authorId()), thread, post, now);
    }

    /** The author asks the moderators to look at their post again. */
    public void reviewRequested(ModerationCase c, DiscussionThread thread, Post post, Instant now) {
        tell(c, NotificationKind.REVIEW_REQUESTED, c.authorId(), Set.of(c.authorId()), thread, post, now);
    }

    /** The case is decided: each member who reported the post is told once. */
    public void decided(DiscussionThread thread, Post post, List<PostReport> reports, Instant now) {
        Set<UUID> reporters = new LinkedHashSet<>();
        reports.forEach(r -> reporters.add(r.reporterId()));
        deliver.deliver(NotificationKind.REPORT_DECIDED, reporters, null, thread, post, now);
    }

    private void tell(ModerationCase c, NotificationKind kind, UUID actorId, Set<UUID> notThem, DiscussionThread thread, Post post, Instant now) {
        Set<UUID> moderators = new LinkedHashSet<>(spaces.moderators(c.spaceId(), MAX_TOLD));
        moderators.removeAll(notThem);
        deliver.deliver(kind, moderators, actorId, thread, post, now);
    }
}
