package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.FeedCursor;
import org.thirdspace.community.discussion.Feeds;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.tag.Tags;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Feeds and tag hubs in the database. Feeds use keyset pagination on (publish_at, id) over the
 * {@code ix_thread_feed} index; cross-space queries apply the viewer's visibility in SQL
 * ({@link DiscussionVisibility}).
 *
 * <p>The lists read on every page view are native SQL with the row limit as a parameter: a JPQL
 * query with {@code setMaxResults} is turned into SQL again on each execution (EclipseLink prints
 * the LIMIT into the statement), which cost as much CPU as running it.
 */
@ApplicationScoped
@Transactional
public class JpaFeeds implements Feeds {

    /** Seeded topics this recent show as conversation starters above the feed, not in it. */
    static final Duration STARTER_WINDOW = Duration.ofDays(14);

    /** Lists that are only shown are read without registering every entity for change tracking. */
    static final String READ_ONLY = "eclipselink.read-only";

    private EntityManager em;

    protected JpaFeeds() {
    }

    @Inject
    public JpaFeeds(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DiscussionThread> pinned(UUID spaceId, Viewer viewer, Instant now) {
        NativeQuery sql = new NativeQuery().sql("select * from thread t where t.space_id = ? and t.pinned = true and t.deleted_at is null"
                + " and t.publish_at <= ?", spaceId, now);
        return seenIn(sql, spaceId, viewer).sql(" order by t.publish_at desc, t.id desc limit 20")
                .readOnly(em, DiscussionThread.class).stream().filter(t -> viewer.sees(t, now)).toList();
    }

    @Override
    public List<DiscussionThread> starters(UUID spaceId, Viewer viewer, Instant now, int limit) {
        NativeQuery sql = new NativeQuery().sql("select * from thread t where t.space_id = ? and t.seeded = true and t.pinned = false"
                + " and t.deleted_at is null and t.publish_at <= ? and t.publish_at > ?", spaceId, now, now.minus(STARTER_WINDOW));
        return seenIn(sql, spaceId, viewer).sql(" order by t.publish_at desc, t.id desc limit ?", limit)
                .readOnly(em, DiscussionThread.class).stream().filter(t -> viewer.sees(t, now)).toList();
    }

    @Override
    public List<DiscussionThread> scheduled(UUID spaceId, Instant now) {
        return em.createQuery("select t from DiscussionThread t where t.spaceId = :space and t.deletedAt is null and t.publishAt > :now"
                        + " order by t.publishAt", DiscussionThread.class)
                .setParameter("space", spaceId).setParameter("now", now).setMaxResults(200).setHint(READ_ONLY, true).getResultList();
    }

    @Override
    public List<DiscussionThread> latest(UUID spaceId, Viewer viewer, Instant now, FeedCursor after, int limit) {
        NativeQuery sql = new NativeQuery().sql("select * from thread t where t.space_id = ? and t.deleted_at is null"
                        + " and t.pinned = false and t.publish_at <= ? and not (t.seeded and t.publish_at > ?)",
                spaceId, now, now.minus(STARTER_WINDOW));
        seenIn(sql, spaceId, viewer);
        if (after != null) {
            sql.sql(" and (t.publish_at < ? or (t.publish_at = ? and t.id < ?))", after.publishAt(), after.publishAt(), after.id());
        }
        return sql.sql(" order by t.publish_at desc, t.id desc limit ?", limit).readOnly(em, DiscussionThread.class);
    }

    /**
     * Leaves out the peer groups' threads the viewer is not in before the row limit, not after: a
     * space with more groups than a list has rows would otherwise fill the list with other groups'
     * threads and show a member none of their own.
     */
    private static NativeQuery seenIn(NativeQuery sql, UUID spaceId, Viewer viewer) {
        if (!viewer.moderatedSpaces().contains(spaceId)) {
            sql.sql(" and (t.audience <> 'PEER_GROUP' or t.peer_group_id in ").in(viewer.peerGroups()).sql(")");
        }
        return sql;
    }

    @Override
    public List<DiscussionThread> ofPeerGroup(UUID peerGroupId, Instant now, int limit) {
        // A thread shared up from the group keeps its place on the group's page: its audience
        // history names the group it left (thread_audience_change.peer_group_id).
        return new NativeQuery().sql("select * from thread t where (t.peer_group_id = ? or t.id in (select c.thread_id from"
                + " thread_audience_change c where c.peer_group_id = ?)) and t.deleted_at is null and t.publish_at <= ?"
                + " order by t.publish_at desc, t.id desc limit ?", peerGroupId, peerGroupId, now, limit).readOnly(em, DiscussionThread.class);
    }

    @Override
    public List<DiscussionThread> tagged(UUID tagId, Viewer viewer, Instant now, int limit) {
        NativeQuery sql = new NativeQuery().sql("select t.* from thread t join thread_tag tt on tt.thread_id = t.id where tt.tag_id = ? and ",
                tagId);
        DiscussionVisibility.visibleThread(sql, viewer, now);
        return sql.sql(" order by t.publish_at desc, t.id desc limit ?", limit).readOnly(em, DiscussionThread.class);
    }

    @Override
    public List<UUID> writersOf(UUID tagId, Viewer viewer, Instant now, int limit) {
        NativeQuery sql = new NativeQuery().sql("select p.author_id, max(p.created_at) from post p join thread t on t.id = p.thread_id"
                + " join thread_tag tt on tt.thread_id = t.id where tt.tag_id = ? and ", tagId);
        DiscussionVisibility.visible(sql, viewer, now);
        DiscussionVisibility.notHiddenFrom(sql, viewer);
        return sql.sql(" group by p.author_id order by 2 desc limit ?", limit).rows(em).stream()
                .map(r -> NativeQuery.uuid(r[0])).toList();
    }

    @Override
    public List<Tags.Label> visibleTags(Viewer viewer, String prefix, Instant now, int limit) {
        String start = (prefix == null ? "" : prefix.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("^#", ""))
                .replace("%", "").replace("_", "") + "%";
        NativeQuery sql = new NativeQuery().sql("select g.name, g.label from tag g where g.organisation_id = ? and g.name like ?"
                + " and exists (select 1 from thread_tag tt join thread t on t.id = tt.thread_id where tt.tag_id = g.id and ",
                viewer.organisationId(), start);
        DiscussionVisibility.visibleThread(sql, viewer, now);
        DiscussionVisibility.notHiddenFrom(sql, viewer);
        return sql.sql(") order by g.name limit ?", limit).rows(em).stream().map(r -> new Tags.Label((String) r[0], (String) r[1])).toList();
    }

    @Override
    public boolean seesTag(UUID tagId, Viewer viewer, Instant now) {
        NativeQuery sql = new NativeQuery().sql("select 1 from thread_tag tt join thread t on t.id = tt.thread_id where tt.tag_id = ? and ",
                tagId);
        DiscussionVisibility.visibleThread(sql, viewer, now);
        DiscussionVisibility.notHiddenFrom(sql, viewer);
        return !sql.sql(" limit 1").rows(em).isEmpty();
    }
}
