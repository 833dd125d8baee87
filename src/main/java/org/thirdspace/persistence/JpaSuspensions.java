package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.Suspension;
import org.thirdspace.community.moderation.Suspensions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Suspensions in the database. */
@ApplicationScoped
@Transactional
public class JpaSuspensions implements Suspensions {

    private EntityManager em;

    protected JpaSuspensions() {
    }

    @Inject
    public JpaSuspensions(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Suspension suspension) {
        em.persist(suspension);
    }

    @Override
    public Optional<Suspension> activeSuspension(UUID spaceId, UUID personId, Instant now) {
        return em.createQuery("select s from Suspension s where s.spaceId = :space and s.personId = :person and s.liftedAt is null"
                        + " and s.endsAt > :now order by s.endsAt desc", Suspension.class)
                .setParameter("space", spaceId).setParameter("person", personId).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Suspension> suspension(UUID suspensionId) {
        return Optional.ofNullable(em.find(Suspension.class, suspensionId));
    }

    @Override
    public List<Suspension> activeSuspensions(UUID spaceId, Instant now) {
        return em.createQuery("select s from Suspension s where s.spaceId = :space and s.liftedAt is null and s.endsAt > :now"
                        + " order by s.endsAt", Suspension.class)
                .setParameter("space", spaceId).setParameter("now", now).setMaxResults(500).getResultList();
    }
}
