package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactTranslation;
import org.thirdspace.community.artifact.ArtifactTranslations;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The launch of an artifact placed on a course page (Deep Linking). The link names the artifact
 * by its id, looked up in the launching organisation only, so it works in every copy of the course
 * and in no other organisation. What the reader may not read — consent withdrawn since it was
 * placed, another organisation's id — and an obsolete artifact become a clear page, not an error.
 * It reads in the language the launch asked for ({@code launch_presentation.locale}, else the
 * person's) when the artifact has a translation into it, unless the reader asks for the original.
 */
@ApplicationScoped
public class ShowPlacedArtifact {

    private ArtifactAccess access;
    private ShowArtifact show;
    private Spaces spaces;
    private ArtifactTranslations translations;

    protected ShowPlacedArtifact() {
    }

    @Inject
    public ShowPlacedArtifact(ArtifactAccess access, ShowArtifact show, Spaces spaces, ArtifactTranslations translations) {
        this.access = access;
        this.show = show;
        this.spaces = spaces;
        this.translations = translations;
    }

    /** {@code readerLocale}: the language of the launch; {@code original}: the reader asked for the words as written. */
    @Transactional
    public PlacedArtifact show(Actor actor, UUID artifactId, String readerLocale, boolean original, Instant now) {
        ArtifactAccess.Found found;
        try {
            found = access.read(actor, artifactId);
        } catch (NotFound e) {
            return PlacedArtifact.unavailable();
        }
        Artifact artifact = found.artifact();
        Optional<ArtifactTranslation> translation = ArtifactTranslation.language(readerLocale)
                .filter(language -> !language.equals(artifact.locale()))
                .flatMap(language -> translations.find(artifactId, language));
        boolean translated = translation.isPresent() && !original;
        if (artifact.verification() == Verification.OBSOLETE) {
            return PlacedArtifact.obsolete(translated ? translation.get().title() : artifact.title(),
                    new PlacedArtifact.Community(artifact.spaceId(),
                            spaces.titles(actor.organisationId(), List.of(artifact.spaceId())).get(artifact.spaceId()), found.inSpace()));
        }
        ArtifactView view = show.show(actor, artifactId, now);
        if (translation.isEmpty()) {
            return PlacedArtifact.available(view, found.inSpace(), null);
        }
        ArtifactTranslation t = translation.get();
        PlacedArtifact.Translation about = new PlacedArtifact.Translation(t.locale(), artifact.locale(), t.fromVersion(),
                t.isBehind(artifact), translated);
        return PlacedArtifact.available(translated ? view.inTranslation(t.locale(), t.title(),
                ShowArtifact.asRead(t.bodyHtml(), t.locale())) : view, found.inSpace(), about);
    }
}
