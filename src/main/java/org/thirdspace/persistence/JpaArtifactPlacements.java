package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.ArtifactPlacement;
import org.thirdspace.community.artifact.ArtifactPlacements;

import java.util.List;
import java.util.UUID;

/** Artifacts' placements on course pages, in {@code artifact_placement}. */
@ApplicationScoped
@Transactional
public class JpaArtifactPlacements implements ArtifactPlacements {

    private EntityManager em;

    protected JpaArtifactPlacements() {
    }

    @Inject
    public JpaArtifactPlacements(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ArtifactPlacement placement) {
        em.persist(placement);
    }

    @Override
    public List<ArtifactPlacement> of(UUID artifactId) {
        return em.createQuery("select p from ArtifactPlacement p where p.artifactId = :artifact order by p.placedAt",
                ArtifactPlacement.class).setParameter("artifact", artifactId).setMaxResults(1000).getResultList();
    }
}
