package org.thirdspace.community.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** In-app notifications and follows. */
public interface Notifications {

    void add(Notification notification);

    List<Notification> recent(UUID personId, boolean mentionsOnly, int limit);

    long unread(UUID personId);

    /**
     * The unread notifications of {@code kinds} that these people received after {@code since} and
     * up to {@code until}, oldest first: what a digest of that period may tell them.
     */
    List<Notification> unreadBetween(Collection<UUID> personIds, Set<NotificationKind> kinds, Instant since, Instant until);

    void markRead(UUID personId, Collection<UUID> ids, Instant now);

    void follow(UUID personId, FollowTarget target, UUID targetId, Instant now);

    void unfollow(UUID personId, FollowTarget target, UUID targetId);

    boolean follows(UUID personId, FollowTarget target, UUID targetId);

    List<UUID> followers(FollowTarget target, UUID targetId);
}
