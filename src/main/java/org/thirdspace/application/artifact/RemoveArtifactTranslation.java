package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactTranslations;

import java.time.Instant;
import java.util.UUID;

/** The steward or a facilitator removes a translation: its readers get the original again. */
@ApplicationScoped
public class RemoveArtifactTranslation {

    private ArtifactAccess access;
    private ArtifactTranslations translations;
    private WriteGate gate;

    protected RemoveArtifactTranslation() {
    }

    @Inject
    public RemoveArtifactTranslation(ArtifactAccess access, ArtifactTranslations translations, WriteGate gate) {
        this.access = access;
        this.translations = translations;
        this.gate = gate;
    }

    @Transactional
    public void remove(Actor actor, UUID artifactId, String languageTag, Instant now) {
        Artifact artifact = access.edit(actor, artifactId).artifact();
        String language = TranslateArtifact.language(languageTag, artifact);
        gate.mayWrite(actor, artifact.spaceId(), now);
        translations.remove(translations.find(artifactId, language)
                .orElseThrow(() -> new NotFound("this artifact has no translation into " + language)));
    }
}
