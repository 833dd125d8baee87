package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.ConsentState;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people artifacts quote, in {@code artifact_contributor}. */
@ApplicationScoped
@Transactional
public class JpaContributors implements Contributors {

    private EntityManager em;

    protected JpaContributors() {
    }

    @Inject
    public JpaContributors(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Contributor contributor) {
        em.persist(contributor);
    }

    @Override
    public List<Contributor> of(UUID artifactId) {
        return em.createQuery("select c from Contributor c where c.artifactId = :artifact order by c.id", Contributor.class)
                .setParameter("artifact", artifactId).setMaxResults(500).getResultList();
    }

    @Override
    public Optional<Contributor> of(UUID artifactId, UUID personId) {
        return em.createQuery("select c from Contributor c where c.artifactId = :artifact and c.personId = :person", Contributor.class)
                .setParameter("artifact", artifactId).setParameter("person", personId).getResultStream().findFirst();
    }

    @Override
    public List<Contributor> pendingFor(UUID personId, int limit) {
        return em.createQuery("select c from Contributor c where c.personId = :person and c.consent = :pending order by c.askedAt, c.id",
                        Contributor.class)
                .setParameter("person", personId).setParameter("pending", ConsentState.PENDING).setMaxResults(limit).getResultList();
    }
}
