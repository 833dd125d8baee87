package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.PersonalControls;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Muted threads and blocked members in the database (plain rows, no entity needed). */
@ApplicationScoped
@Transactional
public class JpaPersonalControls implements PersonalControls {

    private EntityManager em;

    protected JpaPersonalControls() {
    }

    @Inject
    public JpaPersonalControls(EntityManager em) {
        this.em = em;
    }

    @Override
    public void mute(UUID personId, UUID threadId, Instant now) {
        new NativeQuery().sql("insert into thread_mute (person_id, thread_id, created_at) values (?, ?, ?) on conflict do nothing",
                personId, threadId, now).execute(em);
    }

    @Override
    public void unmute(UUID personId, UUID threadId) {
        new NativeQuery().sql("delete from thread_mute where person_id = ? and thread_id = ?", personId, threadId).execute(em);
    }

    @Override
    public Set<UUID> muted(UUID threadId, Collection<UUID> people) {
        return ids(new NativeQuery().sql("select person_id from thread_mute where thread_id = ? and person_id in ", threadId).in(people));
    }

    @Override
    public void block(UUID blockerId, UUID blockedId, Instant now) {
        new NativeQuery().sql("insert into person_block (blocker_id, blocked_id, created_at) values (?, ?, ?) on conflict do nothing",
                blockerId, blockedId, now).execute(em);
    }

    @Override
    public void unblock(UUID blockerId, UUID blockedId) {
        new NativeQuery().sql("delete from person_block where blocker_id = ? and blocked_id = ?", blockerId, blockedId).execute(em);
    }

    @Override
    public Set<UUID> blockedBy(UUID blockerId) {
        return ids(new NativeQuery().sql("select blocked_id from person_block where blocker_id = ?", blockerId));
    }

    @Override
    public Set<UUID> blocking(UUID authorId, Collection<UUID> people) {
        return ids(new NativeQuery().sql("select blocker_id from person_block where blocked_id = ? and blocker_id in ", authorId).in(people));
    }

    private Set<UUID> ids(NativeQuery query) {
        Set<UUID> ids = new HashSet<>();
        for (Object[] row : query.rows(em)) {
            ids.add(NativeQuery.uuid(row[0]));
        }
        return ids;
    }
}
