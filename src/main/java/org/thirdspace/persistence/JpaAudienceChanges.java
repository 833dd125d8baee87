package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.AudienceChange;
import org.thirdspace.community.discussion.AudienceChanges;

import java.util.List;
import java.util.UUID;

/** Threads' audience histories, in {@code thread_audience_change}. */
@ApplicationScoped
@Transactional
public class JpaAudienceChanges implements AudienceChanges {

    private EntityManager em;

    protected JpaAudienceChanges() {
    }

    @Inject
    public JpaAudienceChanges(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(AudienceChange change) {
        em.persist(change);
    }

    @Override
    public List<AudienceChange> of(UUID threadId) {
        return em.createQuery("select c from AudienceChange c where c.threadId = :thread order by c.changedAt, c.id", AudienceChange.class)
                .setParameter("thread", threadId).setMaxResults(200).getResultList();
    }
}
