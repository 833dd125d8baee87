package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.ReadMarkers;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Read markers in the database. */
@ApplicationScoped
@Transactional
public class JpaReadMarkers implements ReadMarkers {

    private EntityManager em;

    protected JpaReadMarkers() {
    }

    @Inject
    public JpaReadMarkers(EntityManager em) {
        this.em = em;
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
}
