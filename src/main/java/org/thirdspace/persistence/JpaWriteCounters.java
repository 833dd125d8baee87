package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.WriteCounters;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseAddress;

import java.time.Instant;
import java.util.UUID;

/** Counts of a person's recent posts and reports, from the tables that hold them; the person's row as the lock. */
@ApplicationScoped
@Transactional
public class JpaWriteCounters implements WriteCounters {

    private EntityManager em;
    private ToolSettings settings;

    protected JpaWriteCounters() {
    }

    @Inject
    public JpaWriteCounters(EntityManager em, ToolSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    /**
     * On PostgreSQL the person's row is locked FOR NO KEY UPDATE, not FOR UPDATE: a FOR UPDATE
     * lock also blocks the FOR KEY SHARE lock that every foreign key check on that person takes
     * (a notification to them, a post that mentions them), so two people replying in one thread
     * at once, each notifying the other, deadlocked (SQL state 40P01). H2 knows only FOR UPDATE.
     */
    @Override
    public void serialiseWritesOf(UUID personId) {
        String lock = DatabaseAddress.from(settings).isPostgres() ? "for no key update" : "for update";
        new NativeQuery().sql("select id from person where id = ? " + lock, personId).rows(em);
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
