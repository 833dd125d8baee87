package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.shared.DisplayText;
import org.thirdspace.community.synthesis.QuietThread;
import org.thirdspace.community.synthesis.WeekPost;
import org.thirdspace.community.synthesis.WeeklyActivity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A space's week in SQL. "Readable by every member" is one condition on {@code thread t}
 * ({@link #readableByMembers}): the space's own threads shared with the space or the organisation,
 * published by the end of the window, not deleted, opening post not hidden. Posts add: neither
 * hidden nor deleted.
 */
@ApplicationScoped
@Transactional
public class JpaWeeklyActivity implements WeeklyActivity {

    private EntityManager em;

    protected JpaWeeklyActivity() {
    }

    @Inject
    public JpaWeeklyActivity(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<WeekPost> posts(UUID spaceId, Instant from, Instant to, int limit) {
        NativeQuery sql = new NativeQuery().sql("select p.id, p.thread_id, t.title, p.author_id, p.opening, p.version, p.created_at,"
                + " p.body_text from post p join thread t on t.id = p.thread_id where p.space_id = ? and p.created_at >= ?"
                + " and p.created_at < ? and p.deleted_at is null and p.hidden_at is null and ", spaceId, from, to);
        readableByMembers(sql, spaceId, to);
        sql.sql(" order by p.created_at, p.id limit " + limit);
        return sql.rows(em).stream().map(r -> new WeekPost(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]),
                DisplayText.withoutBidiControls((String) r[2]), NativeQuery.uuid(r[3]), (Boolean) r[4], (int) NativeQuery.number(r[5]),
                NativeQuery.instant(r[6]), (String) r[7])).toList();
    }

    @Override
    public List<QuietThread> unanswered(UUID spaceId, Instant from, Instant to, int limit) {
        NativeQuery sql = new NativeQuery().sql("select t.id, o.id, t.title, t.author_id, t.publish_at, o.body_text from thread t"
                + " join post o on o.thread_id = t.id and o.opening and o.deleted_at is null"
                + " where t.publish_at >= ? and t.publish_at < ? and ", from, to);
        readableByMembers(sql, spaceId, to);
        sql.sql(" and not exists (select 1 from post r where r.thread_id = t.id and not r.opening and r.author_id <> t.author_id"
                + " and r.deleted_at is null and r.hidden_at is null)");
        sql.sql(" order by t.publish_at, t.id limit " + limit);
        return sql.rows(em).stream().map(r -> new QuietThread(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]),
                DisplayText.withoutBidiControls((String) r[2]), NativeQuery.uuid(r[3]), NativeQuery.instant(r[4]), (String) r[5])).toList();
    }

    @Override
    public List<String> newTags(UUID spaceId, Instant from, Instant to, int limit) {
        NativeQuery sql = new NativeQuery().sql("select g.label from tag g where exists (select 1 from thread_tag tt"
                + " join thread t on t.id = tt.thread_id where tt.tag_id = g.id and t.publish_at >= ? and ", from);
        readableByMembers(sql, spaceId, to);
        sql.sql(") and not exists (select 1 from thread_tag tt join thread t on t.id = tt.thread_id where tt.tag_id = g.id"
                + " and t.publish_at < ? and ", from);
        readableByMembers(sql, spaceId, to);
        sql.sql(") order by g.label limit " + limit);
        return sql.rows(em).stream().map(r -> DisplayText.withoutBidiControls((String) r[0])).toList();
    }

    @Override
    public List<UUID> newMembers(UUID spaceId, Instant from, Instant to, int limit) {
        return new NativeQuery().sql("select person_id from space_member where space_id = ? and joined_at >= ? and joined_at < ?"
                        + " and status <> 'LEFT' order by joined_at, person_id limit " + limit, spaceId, from, to)
                .rows(em).stream().map(r -> NativeQuery.uuid(r[0])).toList();
    }

    /** Not a peer group's, not hidden by the moderators, not of another space: what every member reads. */
    private static void readableByMembers(NativeQuery sql, UUID spaceId, Instant by) {
        sql.sql("t.space_id = ? and t.deleted_at is null and t.publish_at <= ? and t.audience in ('SPACE', 'ORGANISATION')"
                + " and not exists (select 1 from post h where h.thread_id = t.id and h.opening and h.hidden_at is not null"
                + " and h.deleted_at is null)", spaceId, by);
    }
}
