package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.notification.DeliverNotifications;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.PersonalControls;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.notification.Notifications;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who hears about a new post: the people it mentions, and the followers of its thread (who are
 * told once, as a reply, unless they were mentioned). Nobody is told about their own post, and
 * nobody about what they may not read (a peer-group thread outside the group, a reply not shared
 * beyond its space, a thread in a space they cannot see): see {@link DeliverNotifications}.
 */
@ApplicationScoped
public class Fanout {

    private Notifications notifications;
    private PersonalControls controls;
    private DeliverNotifications deliver;

    protected Fanout() {
    }

    @Inject
    public Fanout(Notifications notifications, PersonalControls controls, DeliverNotifications deliver) {
        this.notifications = notifications;
        this.controls = controls;
        this.deliver = deliver;
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
        Set<UUID> mentioned = new LinkedHashSet<>(mentions);
        mentioned.removeAll(told);
        told.addAll(mentioned);
        deliver.deliver(NotificationKind.MENTION, mentioned, post.authorId(), thread, post, now);
        if (!post.isOpening()) {
            Set<UUID> toldOfReply = new LinkedHashSet<>(followers);
            toldOfReply.removeAll(told);
            deliver.deliver(NotificationKind.REPLY, toldOfReply, post.authorId(), thread, post, now);
        }
    }

    public void tagged(DiscussionThread thread, Set<UUID> followers, Instant now) {
        Set<UUID> others = new LinkedHashSet<>(followers);
        others.remove(thread.authorId());
        deliver.deliver(NotificationKind.TAGGED_THREAD, others, thread.authorId(), thread, null, now);
    }
}
