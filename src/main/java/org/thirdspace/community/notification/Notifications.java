package org.thirdspace.community.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** In-app notifications and follows. */
public interface Notifications {

    void add(Notification notification);

    List<Notification> recent(UUID personId, boolean mentionsOnly, int limit);

    long unread(UUID personId);

    void markRead(UUID personId, Collection<UUID> ids, Instant now);

    void follow(UUID personId, FollowTarget target, UUID targetId, Instant now);

    void unfollow(UUID personId, FollowTarget target, UUID targetId);

    boolean follows(UUID personId, FollowTarget target, UUID targetId);

    List<UUID> followers(FollowTarget target, UUID targetId);
}
