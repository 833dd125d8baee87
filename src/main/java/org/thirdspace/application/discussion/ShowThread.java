package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.AudienceChange;
import org.thirdspace.community.discussion.AudienceChanges;
import org.thirdspace.community.discussion.AudienceRequests;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.PostMentions;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.ReactionKind;
import org.thirdspace.community.discussion.Reactions;
import org.thirdspace.community.discussion.ReadMarkers;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.PersonalControls;
import org.thirdspace.community.moderation.PostReports;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.Notifications;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.content.MentionLinks;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A thread with its posts for the reader, who then has read it (the unread marker clears). A
 * reader from outside the space sees the opening post and the replies their authors chose to share.
 */
@ApplicationScoped
public class ShowThread {

    static final int MAX_POSTS = 500;

    private ThreadAccess threads;
    private AudienceRequests audienceRequests;
    private Posts posts;
    private Reactions reactions;
    private ReadMarkers readMarkers;
    private ThreadSummaries summaries;
    private People people;
    private Notifications notifications;
    private PersonalControls controls;
    private ModerationCases moderationCases;
    private PostReports reports;
    private PostMentions mentions;
    private AudienceChanges audienceChanges;

    protected ShowThread() {
    }

    @Inject
    public ShowThread(ThreadAccess threads, AudienceRequests audienceRequests, Posts posts, Reactions reactions,
                      ReadMarkers readMarkers, ThreadSummaries summaries, People people, Notifications notifications,
                      PersonalControls controls, ModerationCases moderationCases, PostReports reports, PostMentions mentions,
                      AudienceChanges audienceChanges) {
        this.threads = threads;
        this.audienceRequests = audienceRequests;
        this.posts = posts;
        this.reactions = reactions;
        this.readMarkers = readMarkers;
        this.summaries = summaries;
        this.people = people;
        this.notifications = notifications;
        this.controls = controls;
        this.moderationCases = moderationCases;
        this.reports = reports;
        this.mentions = mentions;
        this.audienceChanges = audienceChanges;
    }

    @Transactional
    public ThreadView show(Actor actor, UUID threadId, Instant now) {
        ThreadAccess.InThread in = threads.thread(actor, threadId, now);
        List<Post> all = posts.posts(threadId, MAX_POSTS);
        List<Post> visible = in.inSpace() ? all : all.stream().filter(p -> p.isDeleted() || in.viewer().sees(p, in.thread())).toList();
        List<UUID> ids = visible.stream().map(Post::id).toList();
        Map<UUID, Map<ReactionKind, Integer>> reactions = this.reactions.reactions(ids);
        Map<UUID, Set<ReactionKind>> mine = this.reactions.reactionsBy(actor.personId(), ids);
        Map<UUID, Person> authors = people.byIds(actor.organisationId(), visible.stream().map(Post::authorId).distinct().toList());
        // Mentions show only whom the server recorded, by their current names (MentionLinks).
        Map<UUID, Set<UUID>> mentioned = mentions.of(ids);
        Map<UUID, Person> mentionedPeople = mentioned.isEmpty() ? Map.of()
                : people.byIds(actor.organisationId(), mentioned.values().stream().flatMap(Set::stream).distinct().toList());
        boolean moderates = SpacePolicy.mayModerate(in.membership());
        Set<UUID> blocked = controls.blockedBy(actor.personId());
        // Authors see which of their posts wait for a review: one look-up for the thread, not one per post.
        Set<UUID> underReview = visible.stream().anyMatch(p -> p.authorId().equals(actor.personId()) && !p.isDeleted())
                ? moderationCases.openCasesOfThread(threadId).stream().map(ModerationCase::postId)
                        .collect(Collectors.toSet())
                : Set.of();
        Set<UUID> reported = in.inSpace() ? reports.reportedBy(actor.personId(), ids) : Set.of();
        // A thread whose opening post the moderators hid names no author to others; what they
        // reviewed keeps its earlier versions for its author and the moderators.
        boolean threadHidden = all.stream().anyMatch(p -> p.isOpening() && p.isHidden() && !p.isDeleted())
                && !moderates && !in.thread().authorId().equals(actor.personId());
        Set<UUID> moderated = visible.stream().anyMatch(p -> p.editedAt() != null)
                ? moderationCases.moderatedPosts(visible.stream().filter(p -> p.editedAt() != null).map(Post::id).toList()) : Set.of();
        List<ThreadView.PostView> posts = visible.stream().map(p -> {
            boolean anonymous = threadHidden && p.isOpening();
            Person author = anonymous ? null : authors.get(p.authorId());
            boolean own = p.authorId().equals(actor.personId());
            // Who reported, and what a hidden post said, is not for the other members.
            boolean textHidden = p.isDeleted() || (p.isHidden() && !own && !moderates);
            Map<String, Integer> counts = new LinkedHashMap<>();
            reactions.getOrDefault(p.id(), new EnumMap<>(ReactionKind.class)).forEach((k, v) -> counts.put(k.name(), v));
            return new ThreadView.PostView(p.id(), anonymous ? null : p.authorId(), anonymous ? null : author == null ? "" : author.nameToShow(),
                    anonymous || author == null ? null : author.profile().pictureUrl(),
                    p.parentId(), p.quotedPostId(), p.isOpening(), textHidden ? null : html(p, mentioned, mentionedPeople), own && !p.isDeleted() ? p.bodyMarkdown() : null,
                    p.createdAt(), p.editedAt(), p.version(), p.isDeleted(), p.isSharedWider(), counts,
                    mine.getOrDefault(p.id(), Set.of()).stream().map(Enum::name).sorted().toList(),
                    own && !p.isDeleted() && in.inSpace(), !p.isDeleted() && in.inSpace() && (own || moderates),
                    p.isHidden() && !p.isDeleted(), blocked.contains(p.authorId()),
                    own && !p.isDeleted() && underReview.contains(p.id()), reported.contains(p.id()),
                    p.editedAt() != null && in.inSpace() && (own || moderates || !moderated.contains(p.id())));
        }).toList();
        Instant lastRead = readMarkers.lastRead(actor.personId(), List.of(threadId)).get(threadId);
        if (lastRead == null || lastRead.isBefore(in.thread().lastActivityAt())) {
            readMarkers.markRead(actor.personId(), threadId, now);
        }
        ThreadSummary summary = summaries.of(actor.organisationId(), actor.personId(), List.of(in.thread())).get(0);
        ThreadView.Request request = audienceRequests.openRequest(threadId)
                .map(r -> new ThreadView.Request(r.id(), r.audience().name(), r.requestedBy(), r.requestedAt())).orElse(null);
        List<AudienceChange> changes = audienceChanges.of(threadId);
        Map<UUID, Person> changers = changes.isEmpty() ? Map.of()
                : people.byIds(actor.organisationId(), changes.stream().map(AudienceChange::changedBy).distinct().toList());
        List<ThreadView.AudienceStep> history = changes.stream().map(c -> new ThreadView.AudienceStep(c.from().name(), c.to().name(),
                threadHidden ? null : c.changedBy(), threadHidden || !changers.containsKey(c.changedBy()) ? null
                : changers.get(c.changedBy()).nameToShow(), c.changedAt(), c.requestId() != null)).toList();
        boolean author = in.thread().authorId().equals(actor.personId());
        return new ThreadView(summary, in.space().title(), in.inSpace(), posts, all.size() - visible.size(),
                in.inSpace() && SpacePolicy.mayReply(in.membership(), in.space(), in.thread().isLocked()), moderates,
                SpacePolicy.mayFacilitate(in.membership()), author,
                notifications.follows(actor.personId(), FollowTarget.THREAD, threadId), request, lastRead,
                !controls.muted(threadId, List.of(actor.personId())).isEmpty(), history,
                author ? narrowTo(in.thread(), changes) : null);
    }

    private static String html(Post post, Map<UUID, Set<UUID>> mentioned, Map<UUID, Person> people) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID person : mentioned.getOrDefault(post.id(), Set.of())) {
            if (people.containsKey(person)) {
                names.put(person, people.get(person).nameToShow());
            }
        }
        return MentionLinks.withCurrentNames(post.bodyHtml(), names);
    }

    /** Where its author can take the thread back to: the space from the organisation, the group it came from from the space. */
    private static String narrowTo(DiscussionThread thread, List<AudienceChange> changes) {
        return switch (thread.audience()) {
            case ORGANISATION -> Audience.SPACE.name();
            case SPACE -> changes.stream().anyMatch(c -> c.from() == Audience.PEER_GROUP && c.peerGroupId() != null)
                    ? Audience.PEER_GROUP.name() : null;
            case PEER_GROUP -> null;
        };
    }
}
