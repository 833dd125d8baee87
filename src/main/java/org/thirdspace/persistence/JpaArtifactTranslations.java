package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.ArtifactTranslation;
import org.thirdspace.community.artifact.ArtifactTranslations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Artifacts' translations, in {@code artifact_translation}. */
@ApplicationScoped
@Transactional
public class JpaArtifactTranslations implements ArtifactTranslations {

    private EntityManager em;

    protected JpaArtifactTranslations() {
    }

    @Inject
    public JpaArtifactTranslations(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ArtifactTranslation translation) {
        em.persist(translation);
    }

    @Override
    public void remove(ArtifactTranslation translation) {
        em.remove(em.contains(translation) ? translation : em.merge(translation));
    }

    @Override
    public Optional<ArtifactTranslation> find(UUID artifactId, String language) {
        return em.createQuery("select t from ArtifactTranslation t where t.artifactId = :artifact and t.locale = :locale",
                        ArtifactTranslation.class).setParameter("artifact", artifactId).setParameter("locale", language)
                .getResultStream().findFirst();
    }

    @Override
    public List<ArtifactTranslation> of(UUID artifactId) {
        return em.createQuery("select t from ArtifactTranslation t where t.artifactId = :artifact order by t.locale",
                ArtifactTranslation.class).setParameter("artifact", artifactId).setMaxResults(200).getResultList();
    }
}
