package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.WriteCounters;

import java.time.Instant;
import java.util.UUID;

/** Counts of a person's recent posts and reports, from the tables that hold them; the person's row as the lock. */
@ApplicationScoped
@Transactional
public class JpaWriteCounters implements WriteCounters {

    private EntityManager em;

    protected JpaWriteCounters() {
    }

    @Inject
    public JpaWriteCounters(EntityManager em) {
        this.em = em;
    }

    @Override
    public void serialiseWritesOf(UUID personId) {
        new NativeQuery().sql("select id from person where id = ? for update", personId).rows(em);
    }

    @Override
    public WriteCounters.Recent reportsSince(UUID reporterId, Instant since) {
        return recent(new NativeQuery().sql("select count(*), min(created_at) from post_report where reporter_id = ? and created_at > ?",
                reporterId, since));
    }

    @Override
    public WriteCounters.Recent postsSince(UUID authorId, Instant since) {
        return recent(new NativeQuery().sql("select count(*), min(created_at) from post where author_id = ? and created_at > ?",
                authorId, since));
    }

    private WriteCounters.Recent recent(NativeQuery query) {
        Object[] row = query.rows(em).get(0);
        return new WriteCounters.Recent(NativeQuery.number(row[0]), NativeQuery.instant(row[1]));
    }
}
