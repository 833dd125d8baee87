package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.ArtifactVersion;
import org.thirdspace.community.artifact.ArtifactVersions;

import java.util.List;
import java.util.UUID;

/** Artifacts' version history, in {@code artifact_version}. */
@ApplicationScoped
@Transactional
public class JpaArtifactVersions implements ArtifactVersions {

    private EntityManager em;

    protected JpaArtifactVersions() {
    }

    @Inject
    public JpaArtifactVersions(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ArtifactVersion version) {
        em.persist(version);
    }

    @Override
    public List<ArtifactVersion> of(UUID artifactId) {
        return em.createQuery("select v from ArtifactVersion v where v.artifactId = :artifact order by v.version", ArtifactVersion.class)
                .setParameter("artifact", artifactId).setMaxResults(1000).getResultList();
    }
}
