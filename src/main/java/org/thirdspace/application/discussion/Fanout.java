package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.moderation.PersonalControls;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.notification.Notifications;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who hears about a new post: the people it mentions, and the followers of its thread (who are
 * told once, as a reply, unless they were mentioned). Nobody is told about their own post.
 */
@ApplicationScoped
public class Fanout {

    private Notifications notifications;
    private PersonalControls controls;

    protected Fanout() {
    }

    @Inject
    public Fanout(Notifications notifications, PersonalControls controls) {
        this.notifications = notifications;
        this.controls = controls;
    }

    public void posted(DiscussionThread thread, Post post, Set<UUID> mentions, Instant now) {
        Set<UUID> told = new HashSet<>();
        told.add(post.authorId());
        // Who muted the thread hears nothing from it; who blocked the author is not reached by their mentions.
        Set<UUID> followers = post.isOpening() ? Set.of() : new HashSet<>(notifications.followers(FollowTarget.THREAD, thread.id()));
        Set<UUID> everyone = new HashSet<>(mentions);
        everyone.addAll(followers);
        told.addAll(controls.muted(thread.id(), everyone));
        told.addAll(controls.blocking(post.authorId(), everyone));
        for (UUID person : mentions) {
            if (told.add(person)) {
                notifications.add(new Notification(person, NotificationKind.MENTION, post.authorId(), thread.spaceId(), thread.id(),
                        post.id(), now));
            }
        }
        if (!post.isOpening()) {
            for (UUID follower : followers) {
                if (told.add(follower)) {
                    notifications.add(new Notification(follower, NotificationKind.REPLY, post.authorId(), thread.spaceId(), thread.id(),
                            post.id(), now));
                }
            }
        }
    }

    public void tagged(DiscussionThread thread, Set<UUID> followers, Instant now) {
        for (UUID follower : followers) {
            if (!follower.equals(thread.authorId())) {
                notifications.add(new Notification(follower, NotificationKind.TAGGED_THREAD, thread.authorId(), thread.spaceId(),
                        thread.id(), null, now));
            }
        }
    }
}
