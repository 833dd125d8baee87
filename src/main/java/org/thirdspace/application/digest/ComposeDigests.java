package org.thirdspace.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.notification.StillReadable;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactType;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.digest.DigestRecipient;
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
import org.thirdspace.config.ToolSettings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Composes the digests of a page of recipients: the weekly syntheses published in their
 * organisation, their unread mentions, the new replies in threads they follow and the new threads
 * with tags they follow — each since their last digest, and each checked now, at send time,
 * against what the person may read: the same rule as the notifications they were told in the app
 * ({@link StillReadable}, {@link Artifact#readableBy}). Someone who left a space, or a peer group,
 * after being mentioned there is told nothing of it.
 *
 * <p>The page is read in a handful of queries whatever its size (notifications, threads, posts
 * and syntheses for every recipient at once); only the reader's memberships are per person, and
 * only for those with something to tell.
 */
@ApplicationScoped
public class ComposeDigests {

    /** Notifications a digest tells again; the others (moderation, reports, consent) stay in the app. */
    static final Set<NotificationKind> TOLD = EnumSet.of(NotificationKind.MENTION, NotificationKind.REPLY, NotificationKind.TAGGED_THREAD);
    /** Items per section at most: a digest is a summary, the rest is in the app. */
    static final int PER_SECTION = 10;
    static final int SYNTHESES_PER_ORGANISATION = 100;
    static final int EXCERPT = 280;

    private Notifications notifications;
    private Artifacts artifacts;
    private Threads threads;
    private Posts posts;
    private People people;
    private SpaceAccess access;
    private ToolSettings settings;

    protected ComposeDigests() {
    }

    @Inject
    public ComposeDigests(Notifications notifications, Artifacts artifacts, Threads threads, Posts posts, People people,
                          SpaceAccess access, ToolSettings settings) {
        this.notifications = notifications;
        this.artifacts = artifacts;
        this.threads = threads;
        this.posts = posts;
        this.people = people;
        this.access = access;
        this.settings = settings;
    }

    @Transactional
    public List<Digest> compose(List<DigestRecipient> recipients, Instant until) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        Instant earliest = recipients.stream().map(DigestRecipient::coveredFrom).min(Comparator.naturalOrder()).orElseThrow();
        Map<UUID, List<Notification>> told = notifications.unreadBetween(recipients.stream().map(DigestRecipient::personId).toList(),
                TOLD, earliest, until).stream().collect(Collectors.groupingBy(Notification::personId));
        // A draft is its synthesizer's working copy, not news: a week is told from when it was published.
        Map<UUID, List<Artifact>> syntheses = new HashMap<>();
        for (UUID organisation : recipients.stream().map(DigestRecipient::organisationId).distinct().toList()) {
            syntheses.put(organisation, artifacts.publishedBetween(organisation, ArtifactType.WEEKLY_SYNTHESIS, earliest, until,
                    SYNTHESES_PER_ORGANISATION));
        }
        List<Notification> all = told.values().stream().flatMap(List::stream).toList();
        Map<UUID, DiscussionThread> threadsById = threads.byIds(all.stream().map(Notification::threadId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, Post> postsById = posts.byIds(all.stream().map(Notification::postId).filter(Objects::nonNull).distinct().toList());
        Set<UUID> hidden = threads.withHiddenOpening(threadsById.keySet());
        Map<UUID, Map<UUID, Person>> actors = new HashMap<>();
        recipients.stream().collect(Collectors.groupingBy(DigestRecipient::organisationId)).forEach((organisation, inIt) -> {
            List<UUID> ids = inIt.stream().flatMap(r -> told.getOrDefault(r.personId(), List.of()).stream())
                    .map(Notification::actorId).filter(Objects::nonNull).distinct().toList();
            if (!ids.isEmpty()) {
                actors.put(organisation, people.byIds(organisation, ids));
            }
        });
        // Who may read what, for everyone of the page with something to tell: a few queries per organisation, not per person.
        Map<UUID, Viewer> viewers = new HashMap<>();
        recipients.stream().filter(r -> told.containsKey(r.personId()) || !syntheses.getOrDefault(r.organisationId(), List.of()).isEmpty())
                .collect(Collectors.groupingBy(DigestRecipient::organisationId))
                .forEach((organisation, inIt) -> viewers.putAll(access.viewers(organisation, inIt.stream().map(DigestRecipient::personId).toList())));
        List<Digest> digests = new ArrayList<>(recipients.size());
        List<List<DigestItem>> itemsOf = new ArrayList<>(recipients.size());
        for (DigestRecipient r : recipients) {
            List<Notification> mine = told.getOrDefault(r.personId(), List.of()).stream()
                    .filter(n -> n.createdAt().isAfter(r.coveredFrom())).toList();
            List<Artifact> published = syntheses.getOrDefault(r.organisationId(), List.of()).stream()
                    .filter(a -> a.publishedAt().orElseThrow().isAfter(r.coveredFrom())).toList();
            List<DigestItem> items = List.of();
            if (!mine.isEmpty() || !published.isEmpty()) {
                Viewer viewer = viewers.get(r.personId());
                items = items(r, viewer, mine, published, threadsById, postsById, hidden, actors.getOrDefault(r.organisationId(), Map.of()), until);
            }
            itemsOf.add(items);
        }
        // The names of those who get a digest, a query per organisation for the page.
        Map<UUID, Person> named = new HashMap<>();
        IntStream.range(0, recipients.size()).filter(i -> !itemsOf.get(i).isEmpty()).mapToObj(recipients::get)
                .collect(Collectors.groupingBy(DigestRecipient::organisationId))
                .forEach((organisation, inIt) -> named.putAll(people.byIds(organisation, inIt.stream().map(DigestRecipient::personId).toList())));
        for (int i = 0; i < recipients.size(); i++) {
            DigestRecipient r = recipients.get(i);
            Person person = named.get(r.personId());
            digests.add(new Digest(r, person == null ? null : person.nameToShow(), until, messageId(r), itemsOf.get(i)));
        }
        return digests;
    }

    private List<DigestItem> items(DigestRecipient r, Viewer viewer, List<Notification> mine, List<Artifact> published,
                                   Map<UUID, DiscussionThread> threadsById, Map<UUID, Post> postsById, Set<UUID> hidden,
                                   Map<UUID, Person> actors, Instant now) {
        List<DigestItem> items = new ArrayList<>();
        published.stream().filter(a -> a.readableBy(viewer, false)).limit(PER_SECTION)
                .forEach(a -> items.add(new DigestItem(DigestItem.Section.SYNTHESIS, a.title(), null, excerpt(a.bodyText()), a.bodyHtml(),
                        link("#/artifacts/" + a.id()))));
        for (DigestItem.Section section : List.of(DigestItem.Section.MENTION, DigestItem.Section.FOLLOWED_THREAD, DigestItem.Section.FOLLOWED_TAG)) {
            NotificationKind kind = switch (section) {
                case MENTION -> NotificationKind.MENTION;
                case FOLLOWED_THREAD -> NotificationKind.REPLY;
                default -> NotificationKind.TAGGED_THREAD;
            };
            mine.stream().filter(n -> n.kind() == kind)
                    .filter(n -> StillReadable.readable(n, viewer, threadsById, postsById, hidden, now))
                    .limit(PER_SECTION)
                    .forEach(n -> {
                        DiscussionThread thread = threadsById.get(n.threadId());
                        Post post = kind.needs() == NotificationKind.Needs.POST && n.postId() != null ? postsById.get(n.postId()) : null;
                        Person actor = n.actorId() == null ? null : actors.get(n.actorId());
                        items.add(new DigestItem(section, thread.title(), actor == null ? null : actor.nameToShow(),
                                post == null ? null : excerpt(post.bodyText()), post == null ? null : post.bodyHtml(),
                                link("#/threads/" + thread.id())));
                    });
        }
        return items;
    }

    private String link(String fragment) {
        return settings.url("/") + fragment;
    }

    private String messageId(DigestRecipient r) {
        return "<digest-" + UUID.nameUUIDFromBytes(r.idempotencyKey().getBytes(StandardCharsets.UTF_8)) + "@" + settings.baseUrl().getHost() + ">";
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT) + "…" : flat;
    }
}
