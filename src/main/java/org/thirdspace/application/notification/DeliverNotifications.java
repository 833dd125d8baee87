package org.thirdspace.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.notification.Notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The one way notifications are written: each recipient is checked, at delivery, for being able
 * to read what the notification is about ({@link NotificationKind#needs()}); who cannot is not
 * told. (Listing checks again: see {@link ListNotifications}.)
 */
@ApplicationScoped
public class DeliverNotifications {

    private Notifications notifications;
    private ThreadReaders readers;

    protected DeliverNotifications() {
    }

    @Inject
    public DeliverNotifications(Notifications notifications, ThreadReaders readers) {
        this.notifications = notifications;
        this.readers = readers;
    }

    /** Tells those of {@code recipients} who may read it; returns who was told. */
    public Set<UUID> deliver(NotificationKind kind, Collection<UUID> recipients, UUID actorId, DiscussionThread thread, Post post, Instant now) {
        Set<UUID> told = switch (kind.needs()) {
            case POST -> readers.mayRead(thread, post, recipients, now);
            case MODERATION -> readers.mayModerate(thread, post, recipients, now);
            case THREAD -> readers.mayRead(thread, null, recipients, now);
            case NOTHING -> new LinkedHashSet<>(recipients);
        };
        for (UUID recipient : new LinkedHashSet<>(recipients)) {
            if (told.contains(recipient)) {
                notifications.add(new Notification(recipient, kind, actorId, thread.spaceId(), thread.id(),
                        post == null ? null : post.id(), now));
            }
        }
        return told;
    }
}
