package org.thirdspace.community.artifact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Artifacts' translations, one per artifact and language. */
public interface ArtifactTranslations {

    void add(ArtifactTranslation translation);

    void remove(ArtifactTranslation translation);

    Optional<ArtifactTranslation> find(UUID artifactId, String language);

    /** An artifact's translations, by language. */
    List<ArtifactTranslation> of(UUID artifactId);
}
