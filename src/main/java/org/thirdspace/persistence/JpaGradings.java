package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.grading.GradeDelivery;
import org.thirdspace.community.grading.GradeState;
import org.thirdspace.community.grading.Gradings;
import org.thirdspace.community.grading.LinkGrading;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Links' grading and the outbox of scores. The lease is one conditional update, atomic across the
 * nodes of a cluster.
 */
@ApplicationScoped
@Transactional
public class JpaGradings implements Gradings {

    private EntityManager em;

    protected JpaGradings() {
    }

    @Inject
    public JpaGradings(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LinkGrading> link(UUID linkId) {
        return Optional.ofNullable(em.find(LinkGrading.class, linkId));
    }

    @Override
    public void add(LinkGrading grading) {
        em.persist(grading);
    }

    @Override
    public Optional<GradeDelivery> delivery(UUID deliveryId) {
        return Optional.ofNullable(em.find(GradeDelivery.class, deliveryId));
    }

    @Override
    public Map<UUID, GradeDelivery> deliveries(UUID linkId) {
        Map<UUID, GradeDelivery> byPerson = new HashMap<>();
        em.createQuery("select d from GradeDelivery d where d.linkId = :link", GradeDelivery.class)
                .setParameter("link", linkId)
                .getResultList()
                .forEach(d -> byPerson.put(d.personId(), d));
        return byPerson;
    }

    @Override
    public void add(GradeDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public List<UUID> due(Instant now, int limit) {
        return em.createQuery("select d.id from GradeDelivery d, LinkGrading g where g.linkId = d.linkId and g.enabled = true"
                        + " and d.state in :waiting and d.nextAttemptAt <= :now"
                        + " and (d.leaseUntil is null or d.leaseUntil < :now) order by d.nextAttemptAt", UUID.class)
                .setParameter("waiting", List.of(GradeState.PENDING, GradeState.RETRYING))
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean lease(UUID deliveryId, Instant now, Instant until) {
        return new NativeQuery().sql("update grade_delivery set lease_until = ? where id = ? and state in ('PENDING', 'RETRYING')"
                + " and (lease_until is null or lease_until < ?)", until, deliveryId, now).execute(em) == 1;
    }
}
