package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.lti.jwks.ToolKey;
import org.thirdspace.lti.jwks.ToolKeyStatus;
import org.thirdspace.lti.jwks.ToolKeys;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaToolKeys implements ToolKeys {

    private EntityManager em;

    protected JpaToolKeys() {
    }

    @Inject
    public JpaToolKeys(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ToolKey> all() {
        return em.createQuery("select k from ToolKey k order by k.createdAt", ToolKey.class).getResultList();
    }

    @Override
    public List<ToolKey> withStatus(ToolKeyStatus status) {
        return em.createQuery("select k from ToolKey k where k.status = :status order by k.createdAt", ToolKey.class)
                .setParameter("status", status).getResultList();
    }

    @Override
    public List<ToolKey> published() {
        return em.createQuery("select k from ToolKey k where k.status <> :retired order by k.createdAt", ToolKey.class)
                .setParameter("retired", ToolKeyStatus.RETIRED)
                .getResultList();
    }

    @Override
    public Optional<ToolKey> byKid(String kid) {
        return em.createQuery("select k from ToolKey k where k.kid = :kid", ToolKey.class)
                .setParameter("kid", kid).getResultStream().findFirst();
    }

    @Override
    public void add(ToolKey key) {
        em.persist(key);
    }
}
