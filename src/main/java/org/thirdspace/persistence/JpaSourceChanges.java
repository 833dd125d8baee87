package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.SourceChanges;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When source threads last changed: the latest of the thread's last reply and its own update
 * (retitle, lock, pin, move) and of its posts' edits, hiding and deletion — one grouped query per
 * chunk of threads.
 */
@ApplicationScoped
@Transactional
public class JpaSourceChanges implements SourceChanges {

    private EntityManager em;

    protected JpaSourceChanges() {
    }

    @Inject
    public JpaSourceChanges(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, Instant> lastChanges(Collection<UUID> threadIds) {
        Map<UUID, Instant> changes = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(threadIds.stream().distinct().toList())) {
            for (Object[] row : new NativeQuery().sql("select t.id, t.last_activity_at, t.updated_at, max(p.edited_at), max(p.hidden_at),"
                    + " max(p.deleted_at) from thread t left join post p on p.thread_id = t.id where t.id in ").in(chunk)
                    .sql(" group by t.id, t.last_activity_at, t.updated_at").rows(em)) {
                Instant latest = null;
                for (int i = 1; i < row.length; i++) {
                    Instant at = NativeQuery.instant(row[i]);
                    if (at != null && (latest == null || at.isAfter(latest))) {
                        latest = at;
                    }
                }
                changes.put(NativeQuery.uuid(row[0]), latest);
            }
        }
        return changes;
    }
}
