package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Threads;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Discussion threads in the database. */
@ApplicationScoped
@Transactional
public class JpaThreads implements Threads {

    private EntityManager em;

    protected JpaThreads() {
    }

    @Inject
    public JpaThreads(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DiscussionThread> thread(UUID threadId) {
        return Optional.ofNullable(em.find(DiscussionThread.class, threadId));
    }

    @Override
    public java.util.Map<UUID, DiscussionThread> byIds(Collection<UUID> threadIds) {
        java.util.Map<UUID, DiscussionThread> threads = new java.util.HashMap<>();
        for (java.util.List<UUID> chunk : JpaRosters.chunks(threadIds.stream().distinct().toList())) {
            new NativeQuery().sql("select * from thread where id in ").in(chunk).readOnly(em, DiscussionThread.class)
                    .forEach(t -> threads.put(t.id(), t));
        }
        return threads;
    }

    @Override
    public void add(DiscussionThread thread) {
        em.persist(thread);
        em.flush();
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
}
