package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.lti.platform.Lti11Consumer;
import org.thirdspace.lti.platform.Lti11Consumers;

import java.util.Optional;
import java.util.UUID;

/** LTI 1.1 consumer credentials in the database (secrets sealed). */
@ApplicationScoped
@Transactional
public class JpaLti11Consumers implements Lti11Consumers {

    private EntityManager em;

    protected JpaLti11Consumers() {
    }

    @Inject
    public JpaLti11Consumers(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Lti11Consumer> findByKey(String consumerKey) {
        return em.createQuery("select c from Lti11Consumer c where c.consumerKey = :key", Lti11Consumer.class)
                .setParameter("key", consumerKey)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Lti11Consumer> findByOrganisation(UUID organisationId) {
        return em.createQuery("select c from Lti11Consumer c where c.organisationId = :organisation", Lti11Consumer.class)
                .setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Lti11Consumer consumer) {
        em.persist(consumer);
        em.flush();
    }
}
