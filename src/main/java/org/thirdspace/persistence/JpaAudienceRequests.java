package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.AudienceRequest;
import org.thirdspace.community.discussion.AudienceRequests;

import java.util.Optional;
import java.util.UUID;

/** Audience requests in the database. */
@ApplicationScoped
@Transactional
public class JpaAudienceRequests implements AudienceRequests {

    private EntityManager em;

    protected JpaAudienceRequests() {
    }

    @Inject
    public JpaAudienceRequests(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(AudienceRequest request) {
        em.persist(request);
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
}
