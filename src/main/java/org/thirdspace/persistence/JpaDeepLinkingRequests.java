package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.lti.deeplinking.DeepLinkingRequest;
import org.thirdspace.lti.deeplinking.DeepLinkingRequests;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Deep-linking requests in the database, where every node sees them. Answering is one
 * conditional update, so of two concurrent answers exactly one produces a response.
 */
@ApplicationScoped
@Transactional
public class JpaDeepLinkingRequests implements DeepLinkingRequests {

    private EntityManager em;

    protected JpaDeepLinkingRequests() {
    }

    @Inject
    public JpaDeepLinkingRequests(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(DeepLinkingRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<DeepLinkingRequest> find(UUID id) {
        return Optional.ofNullable(em.find(DeepLinkingRequest.class, id));
    }

    /** Marks the request answered; false when it was answered already or has expired. */
    @Override
    public boolean answer(UUID id, Instant now) {
        return em.createNativeQuery("update deep_linking_request set answered_at = ?"
                        + " where id = ? and answered_at is null and expires_at > ?")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, id)
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}
