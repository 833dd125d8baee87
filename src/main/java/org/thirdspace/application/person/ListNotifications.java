package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.notification.StillReadable;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.notification.Notifications;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person's notifications (or only their mentions), newest first, and marking them read. Each is
 * listed only while the person may still read what it is about ({@link NotificationKind#needs()}):
 * a thread moved to a space they cannot see, narrowed to an audience without them or hidden by the
 * moderators takes its notifications out of their list (and out of the unread count) with it.
 */
@ApplicationScoped
public class ListNotifications {

    /** Shown at most; the unread count covers the most recent {@link #LOOKED_AT}. */
    static final int SHOWN = 50;
    static final int LOOKED_AT = 200;

    private Notifications notifications;
    private People people;
    private Threads threads;
    private Posts posts;
    private SpaceAccess access;

    protected ListNotifications() {
    }

    @Inject
    public ListNotifications(Notifications notifications, People people, Threads threads, Posts posts, SpaceAccess access) {
        this.notifications = notifications;
        this.people = people;
        this.threads = threads;
        this.posts = posts;
        this.access = access;
    }

    public record Item(UUID id, String kind, UUID actorId, String actorName, UUID spaceId, UUID threadId, String threadTitle,
                       UUID postId, Instant createdAt, boolean read) {
    }

    public record Page(long unread, List<Item> items) {
    }

    @Transactional
    public Page list(Actor actor, boolean mentionsOnly, Instant now) {
        List<Notification> recent = notifications.recent(actor.personId(), mentionsOnly, LOOKED_AT);
        Map<UUID, DiscussionThread> threads = this.threads.byIds(recent.stream().map(Notification::threadId).filter(Objects::nonNull).toList());
        Map<UUID, Post> posts = this.posts.byIds(recent.stream().map(Notification::postId).filter(Objects::nonNull).toList());
        Set<UUID> hidden = this.threads.withHiddenOpening(threads.keySet());
        Viewer viewer = recent.isEmpty() ? null : access.viewer(actor);
        List<Notification> readable = recent.stream().filter(n -> StillReadable.readable(n, viewer, threads, posts, hidden, now)).toList();
        List<Notification> shown = readable.stream().limit(SHOWN).toList();
        Map<UUID, Person> actors = people.byIds(actor.organisationId(),
                shown.stream().map(Notification::actorId).filter(Objects::nonNull).distinct().toList());
        List<Item> items = shown.stream().map(n -> {
            boolean carriesNothing = n.kind().needs() == NotificationKind.Needs.NOTHING;
            DiscussionThread thread = n.threadId() == null ? null : threads.get(n.threadId());
            Person who = n.actorId() == null || carriesNothing ? null : actors.get(n.actorId());
            return new Item(n.id(), n.kind().name(), carriesNothing ? null : n.actorId(), who == null ? null : who.nameToShow(),
                    thread == null ? n.spaceId() : thread.spaceId(), n.threadId(), thread == null || carriesNothing ? null : thread.title(),
                    n.postId(), n.createdAt(), n.isRead());
        }).toList();
        return new Page(readable.stream().filter(n -> !n.isRead()).count(), items);
    }

    @Transactional
    public void markRead(Actor actor, Collection<UUID> ids, Instant now) {
        notifications.markRead(actor.personId(), ids, now);
    }
}
