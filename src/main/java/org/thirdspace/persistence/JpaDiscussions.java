package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.AudienceChange;
import org.thirdspace.community.discussion.AudienceRequest;
import org.thirdspace.community.discussion.Discussions;
import org.thirdspace.community.discussion.FeedCursor;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.PostRevision;
import org.thirdspace.community.discussion.PostSummary;
import org.thirdspace.community.discussion.ReactionKind;
import org.thirdspace.community.discussion.SearchQuery;
import org.thirdspace.community.discussion.Thread;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.tag.Tags;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Threads and posts in the database. Feeds use keyset pagination on (publish_at, id) over the
 * {@code ix_thread_feed} index; cross-space queries apply the viewer's visibility in SQL.
 *
 * <p>The lists read on every page view are native SQL with the row limit as a parameter: a JPQL
 * query with {@code setMaxResults} is turned into SQL again on each execution (EclipseLink prints
 * the LIMIT into the statement), which cost as much CPU as running it.
 */
@ApplicationScoped
@Transactional
public class JpaDiscussions implements Discussions {

    /** Seeded topics this recent show as conversation starters above the feed, not in it. */
    static final Duration STARTER_WINDOW = Duration.ofDays(14);

    /** Lists that are only shown are read without registering every entity for change tracking. */
    static final String READ_ONLY = "eclipselink.read-only";

    @Inject
    EntityManager em;

    @Inject
    FullTextSearch fullText;

    @Override
    public Optional<Thread> thread(UUID threadId) {
        return Optional.ofNullable(em.find(Thread.class, threadId));
    }

    @Override
    public Optional<Post> post(UUID postId) {
        return Optional.ofNullable(em.find(Post.class, postId));
    }

    @Override
    public Map<UUID, Thread> threads(Collection<UUID> threadIds) {
        Map<UUID, Thread> threads = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(threadIds.stream().distinct().toList())) {
            new NativeQuery().sql("select * from thread where id in ").in(chunk).readOnly(em, Thread.class).forEach(t -> threads.put(t.id(), t));
        }
        return threads;
    }

    @Override
    public Map<UUID, Post> posts(Collection<UUID> postIds) {
        Map<UUID, Post> posts = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(postIds.stream().distinct().toList())) {
            new NativeQuery().sql("select * from post where id in ").in(chunk).readOnly(em, Post.class).forEach(p -> posts.put(p.id(), p));
        }
        return posts;
    }

    @Override
    public void add(Thread thread) {
        em.persist(thread);
        em.flush();
    }

    @Override
    public void add(Post post) {
        em.persist(post);
        em.flush();
    }

    @Override
    public void add(PostRevision revision) {
        em.persist(revision);
    }

    @Override
    public void add(AudienceRequest request) {
        em.persist(request);
    }

    @Override
    public void recordMentions(UUID postId, Set<UUID> people) {
        new NativeQuery().sql("delete from post_mention where post_id = ?", postId).execute(em);
        for (UUID person : people) {
            new NativeQuery().sql("insert into post_mention (post_id, person_id) values (?, ?) on conflict do nothing", postId, person)
                    .execute(em);
        }
    }

    @Override
    public Map<UUID, Set<UUID>> mentions(Collection<UUID> postIds) {
        Map<UUID, Set<UUID>> mentions = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(postIds)) {
            for (Object[] row : new NativeQuery().sql("select post_id, person_id from post_mention where post_id in ").in(chunk).rows(em)) {
                mentions.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new java.util.HashSet<>()).add(NativeQuery.uuid(row[1]));
            }
        }
        return mentions;
    }

    @Override
    public void add(AudienceChange change) {
        em.persist(change);
    }

    @Override
    public List<AudienceChange> audienceChanges(UUID threadId) {
        return em.createQuery("select c from AudienceChange c where c.threadId = :thread order by c.changedAt, c.id", AudienceChange.class)
                .setParameter("thread", threadId).setMaxResults(200).getResultList();
    }

    @Override
    public List<Post> posts(UUID threadId, int limit) {
        return new NativeQuery().sql("select * from post p where p.thread_id = ? order by p.created_at, p.id limit ?", threadId, limit)
                .entities(em, Post.class);
    }

    @Override
    public List<Thread> pinned(UUID spaceId, Viewer viewer, Instant now) {
        return new NativeQuery().sql("select * from thread t where t.space_id = ? and t.pinned = true and t.deleted_at is null"
                        + " and t.publish_at <= ? order by t.publish_at desc limit 20", spaceId, now)
                .readOnly(em, Thread.class).stream().filter(t -> viewer.sees(t, now)).toList();
    }

    @Override
    public List<Thread> starters(UUID spaceId, Viewer viewer, Instant now, int limit) {
        return new NativeQuery().sql("select * from thread t where t.space_id = ? and t.seeded = true and t.pinned = false"
                        + " and t.deleted_at is null and t.publish_at <= ? and t.publish_at > ? order by t.publish_at desc limit ?",
                        spaceId, now, now.minus(STARTER_WINDOW), limit)
                .readOnly(em, Thread.class).stream().filter(t -> viewer.sees(t, now)).toList();
    }

    @Override
    public List<Thread> scheduled(UUID spaceId, Instant now) {
        return em.createQuery("select t from Thread t where t.spaceId = :space and t.deletedAt is null and t.publishAt > :now"
                        + " order by t.publishAt", Thread.class)
                .setParameter("space", spaceId).setParameter("now", now).setMaxResults(200).setHint(READ_ONLY, true).getResultList();
    }

    @Override
    public List<Thread> latest(UUID spaceId, Viewer viewer, Instant now, FeedCursor after, int limit) {
        NativeQuery sql = new NativeQuery().sql("select * from thread t where t.space_id = ? and t.deleted_at is null"
                        + " and t.pinned = false and t.publish_at <= ? and not (t.seeded and t.publish_at > ?)",
                spaceId, now, now.minus(STARTER_WINDOW));
        if (!viewer.moderatedSpaces().contains(spaceId)) {
            sql.sql(" and (t.audience <> 'PEER_GROUP' or t.peer_group_id in ").in(viewer.peerGroups()).sql(")");
        }
        if (after != null) {
            sql.sql(" and (t.publish_at < ? or (t.publish_at = ? and t.id < ?))", after.publishAt(), after.publishAt(), after.id());
        }
        return sql.sql(" order by t.publish_at desc, t.id desc limit ?", limit).readOnly(em, Thread.class);
    }

    @Override
    public Map<UUID, Instant> lastRead(UUID personId, Collection<UUID> threadIds) {
        Map<UUID, Instant> read = new HashMap<>();
        if (threadIds.isEmpty()) {
            return read;
        }
        for (Object[] row : new NativeQuery().sql("select thread_id, last_read_at from thread_read where person_id = ? and thread_id in ",
                personId).in(threadIds).rows(em)) {
            read.put(NativeQuery.uuid(row[0]), NativeQuery.instant(row[1]));
        }
        return read;
    }

    @Override
    public void markRead(UUID personId, UUID threadId, Instant at) {
        if (new NativeQuery().sql("update thread_read set last_read_at = ? where person_id = ? and thread_id = ? and last_read_at < ?",
                at, personId, threadId, at).execute(em) == 0) {
            new NativeQuery().sql("insert into thread_read (person_id, thread_id, last_read_at) values (?, ?, ?) on conflict do nothing",
                    personId, threadId, at).execute(em);
        }
    }

    @Override
    public void react(UUID postId, UUID personId, ReactionKind kind, Instant now) {
        new NativeQuery().sql("insert into reaction (post_id, person_id, kind, created_at) values (?, ?, ?, ?) on conflict do nothing",
                postId, personId, kind.name(), now).execute(em);
    }

    @Override
    public void unreact(UUID postId, UUID personId, ReactionKind kind) {
        new NativeQuery().sql("delete from reaction where post_id = ? and person_id = ? and kind = ?", postId, personId, kind.name())
                .execute(em);
    }

    @Override
    public Map<UUID, Map<ReactionKind, Integer>> reactions(Collection<UUID> postIds) {
        Map<UUID, Map<ReactionKind, Integer>> counts = new HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : new NativeQuery().sql("select post_id, kind, count(*) from reaction where post_id in ").in(postIds)
                .sql(" group by post_id, kind").rows(em)) {
            counts.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new EnumMap<>(ReactionKind.class))
                    .put(ReactionKind.valueOf((String) row[1]), (int) NativeQuery.number(row[2]));
        }
        return counts;
    }

    @Override
    public Map<UUID, Set<ReactionKind>> reactionsBy(UUID personId, Collection<UUID> postIds) {
        Map<UUID, Set<ReactionKind>> mine = new HashMap<>();
        if (postIds.isEmpty()) {
            return mine;
        }
        for (Object[] row : new NativeQuery().sql("select post_id, kind from reaction where person_id = ? and post_id in ", personId)
                .in(postIds).rows(em)) {
            mine.computeIfAbsent(NativeQuery.uuid(row[0]), k -> EnumSet.noneOf(ReactionKind.class)).add(ReactionKind.valueOf((String) row[1]));
        }
        return mine;
    }

    @Override
    public List<PostRevision> revisions(UUID postId) {
        return em.createQuery("select r from PostRevision r where r.postId = :post order by r.version desc", PostRevision.class)
                .setParameter("post", postId).getResultList();
    }

    @Override
    public Optional<AudienceRequest> openRequest(UUID threadId) {
        return em.createQuery("select r from AudienceRequest r where r.threadId = :thread and r.decidedAt is null", AudienceRequest.class)
                .setParameter("thread", threadId).getResultStream().findFirst();
    }

    @Override
    public Optional<AudienceRequest> request(UUID requestId) {
        return Optional.ofNullable(em.find(AudienceRequest.class, requestId));
    }

    @Override
    public List<Post> unsharedReplies(UUID threadId) {
        return em.createQuery("select p from Post p where p.threadId = :thread and p.sharedWider = false and p.deletedAt is null",
                Post.class).setParameter("thread", threadId).getResultList();
    }

    @Override
    public List<PostSummary> postsBy(UUID authorId, Viewer viewer, Instant now, int limit) {
        NativeQuery sql = new NativeQuery().sql("select p.id, p.thread_id, ");
        titleFor(sql, viewer);
        sql.sql(", p.space_id, p.author_id, p.created_at, p.body_text from post p join thread t on t.id = p.thread_id where p.author_id = ? and ",
                authorId);
        visible(sql, viewer, now);
        return summaries(sql.sql(" order by p.created_at desc limit ?", limit));
    }

    @Override
    public List<Thread> tagged(UUID tagId, Viewer viewer, Instant now, int limit) {
        NativeQuery sql = new NativeQuery().sql("select t.* from thread t join thread_tag tt on tt.thread_id = t.id where tt.tag_id = ? and ",
                tagId);
        visibleThread(sql, viewer, now);
        return sql.sql(" order by t.publish_at desc, t.id desc limit ?", limit).readOnly(em, Thread.class);
    }

    @Override
    public List<Tags.Label> visibleTags(Viewer viewer, String prefix, Instant now, int limit) {
        String start = (prefix == null ? "" : prefix.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("^#", ""))
                .replace("%", "").replace("_", "") + "%";
        NativeQuery sql = new NativeQuery().sql("select g.name, g.label from tag g where g.organisation_id = ? and g.name like ?"
                + " and exists (select 1 from thread_tag tt join thread t on t.id = tt.thread_id where tt.tag_id = g.id and ",
                viewer.organisationId(), start);
        visibleThread(sql, viewer, now);
        notHiddenFrom(sql, viewer);
        return sql.sql(") order by g.name limit ?", limit).rows(em).stream().map(r -> new Tags.Label((String) r[0], (String) r[1])).toList();
    }

    @Override
    public boolean seesTag(UUID tagId, Viewer viewer, Instant now) {
        NativeQuery sql = new NativeQuery().sql("select 1 from thread_tag tt join thread t on t.id = tt.thread_id where tt.tag_id = ? and ",
                tagId);
        visibleThread(sql, viewer, now);
        notHiddenFrom(sql, viewer);
        return !sql.sql(" limit 1").rows(em).isEmpty();
    }

    /**
     * The thread's title, or null when the moderators hid its opening post and the viewer is
     * neither its author nor a moderator of its space (a reply found in it names no title).
     */
    private static void titleFor(NativeQuery sql, Viewer viewer) {
        sql.sql("case when t.author_id <> ?", viewer.personId());
        if (!viewer.moderatedSpaces().isEmpty()) {
            sql.sql(" and t.space_id not in ").in(viewer.moderatedSpaces());
        }
        sql.sql(" and exists (select 1 from post o where o.thread_id = t.id and o.opening and o.hidden_at is not null"
                + " and o.deleted_at is null) then null else t.title end");
    }

    /** A thread whose opening post the moderators hid is its author's and its space's moderators' only. */
    private static void notHiddenFrom(NativeQuery sql, Viewer viewer) {
        sql.sql(" and (t.author_id = ? or t.space_id in ", viewer.personId()).in(viewer.moderatedSpaces())
                .sql(" or not exists (select 1 from post o where o.thread_id = t.id and o.opening and o.hidden_at is not null"
                        + " and o.deleted_at is null))");
    }

    @Override
    public List<UUID> writersOf(UUID tagId, Viewer viewer, Instant now, int limit) {
        NativeQuery sql = new NativeQuery().sql("select p.author_id, max(p.created_at) from post p join thread t on t.id = p.thread_id"
                + " join thread_tag tt on tt.thread_id = t.id where tt.tag_id = ? and ", tagId);
        visible(sql, viewer, now);
        notHiddenFrom(sql, viewer);
        return sql.sql(" group by p.author_id order by 2 desc limit ?", limit).rows(em).stream()
                .map(r -> NativeQuery.uuid(r[0])).toList();
    }

    @Override
    public List<PostSummary> search(SearchQuery query, Viewer viewer, Instant now) {
        NativeQuery sql = new NativeQuery().sql("select p.id, p.thread_id, ");
        titleFor(sql, viewer);
        sql.sql(", p.space_id, p.author_id, p.created_at, p.body_text from post p join thread t on t.id = p.thread_id where ");
        fullText.matches(sql, query.terms(), viewer.memberSpaces());
        sql.sql(" and ");
        visible(sql, viewer, now);
        if (query.spaceId() != null) {
            sql.sql(" and t.space_id = ?", query.spaceId());
        }
        if (query.authorId() != null) {
            sql.sql(" and p.author_id = ?", query.authorId());
        }
        if (query.tagId() != null) {
            sql.sql(" and exists (select 1 from thread_tag tt where tt.thread_id = t.id and tt.tag_id = ?)", query.tagId());
        }
        return summaries(sql.sql(" order by p.created_at desc, p.id desc limit ?", query.limit()));
    }

    @Override
    public Set<UUID> withHiddenOpening(Collection<UUID> threadIds) {
        if (threadIds.isEmpty()) {
            return Set.of();
        }
        return new NativeQuery().sql("select thread_id from post where opening and hidden_at is not null and deleted_at is null"
                        + " and thread_id in ").in(threadIds).rows(em).stream()
                .map(r -> NativeQuery.uuid(r[0])).collect(Collectors.toSet());
    }

    /**
     * A thread the viewer may see and, in it, a post they may see (others' posts seen from outside
     * need consent; a post hidden by moderators only by its author and the space's moderators).
     */
    private static void visible(NativeQuery sql, Viewer viewer, Instant now) {
        visibleThread(sql, viewer, now);
        sql.sql(" and p.deleted_at is null and (p.opening or p.shared_wider or p.space_id in ").in(viewer.memberSpaces()).sql(")");
        sql.sql(" and (p.hidden_at is null or p.author_id = ? or p.space_id in ", viewer.personId()).in(viewer.moderatedSpaces()).sql(")");
    }

    private static void visibleThread(NativeQuery sql, Viewer viewer, Instant now) {
        sql.sql("t.organisation_id = ? and t.deleted_at is null and t.publish_at <= ? and (t.audience = 'ORGANISATION'"
                + " or (t.space_id in ", viewer.organisationId(), now).in(viewer.memberSpaces())
                .sql(" and (t.audience = 'SPACE' or t.peer_group_id in ").in(viewer.peerGroups())
                .sql(" or t.space_id in ").in(viewer.moderatedSpaces()).sql(")))");
    }

    private List<PostSummary> summaries(NativeQuery sql) {
        return sql.rows(em).stream().map(r -> new PostSummary(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]),
                org.thirdspace.community.shared.DisplayText.withoutBidiControls((String) r[2]),
                NativeQuery.uuid(r[3]), NativeQuery.uuid(r[4]), NativeQuery.instant(r[5]), (String) r[6])).toList();
    }
}
