package org.thirdspace.application.notification;

import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.notification.NotificationKind;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a person may still read what a notification is about ({@link NotificationKind#needs()}),
 * now: checked whenever a notification is shown again after its delivery — listed in the app or
 * told in an e-mail digest — since its thread may have moved, narrowed or been hidden, and the
 * person may have left the space or the peer group.
 */
public final class StillReadable {

    private StillReadable() {
    }

    /** {@code threads}, {@code posts} and {@code hidden} (threads whose opening is hidden) hold what the notifications name. */
    public static boolean readable(Notification n, Viewer viewer, Map<UUID, DiscussionThread> threads, Map<UUID, Post> posts,
                                   Set<UUID> hidden, Instant now) {
        if (n.kind().needs() == NotificationKind.Needs.NOTHING || n.threadId() == null) {
            return true;
        }
        DiscussionThread thread = threads.get(n.threadId());
        if (thread == null) {
            return false;
        }
        if (n.kind().needs() == NotificationKind.Needs.MODERATION && !viewer.moderatedSpaces().contains(thread.spaceId())) {
            return false;
        }
        Post post = null;
        if (n.kind().needs() != NotificationKind.Needs.THREAD && n.postId() != null) {
            post = posts.get(n.postId());
            if (post == null) {
                return false;
            }
        }
        return viewer.reads(thread, post, hidden.contains(thread.id()), now);
    }
}
