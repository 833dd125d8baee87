package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.notification.Notifications;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A person's notifications (or only their mentions), newest first, and marking them read. */
@ApplicationScoped
public class ListNotifications {

    private Notifications notifications;
    private People people;
    private Threads threads;

    protected ListNotifications() {
    }

    @Inject
    public ListNotifications(Notifications notifications, People people, Threads threads) {
        this.notifications = notifications;
        this.people = people;
        this.threads = threads;
    }

    public record Item(UUID id, String kind, UUID actorId, String actorName, UUID spaceId, UUID threadId, String threadTitle,
                       UUID postId, Instant createdAt, boolean read) {
    }

    public record Page(long unread, List<Item> items) {
    }

    @Transactional
    public Page list(Actor actor, boolean mentionsOnly) {
        List<Notification> recent = notifications.recent(actor.personId(), mentionsOnly, 50);
        Map<UUID, Person> actors = people.byIds(actor.organisationId(),
                recent.stream().map(Notification::actorId).filter(Objects::nonNull).distinct().toList());
        List<Item> items = recent.stream().map(n -> {
            String title = n.threadId() == null ? null : threads.thread(n.threadId()).map(DiscussionThread::title).orElse(null);
            Person who = n.actorId() == null ? null : actors.get(n.actorId());
            return new Item(n.id(), n.kind().name(), n.actorId(), who == null ? null : who.nameToShow(), n.spaceId(), n.threadId(),
                    title, n.postId(), n.createdAt(), n.isRead());
        }).toList();
        return new Page(notifications.unread(actor.personId()), items);
    }

    @Transactional
    public void markRead(Actor actor, Collection<UUID> ids, Instant now) {
        notifications.markRead(actor.personId(), ids, now);
    }
}
