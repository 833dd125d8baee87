package org.thirdspace.application.artifact;

import java.util.UUID;

/**
 * What a learner sees who opens an artifact placed on their course page: the artifact
 * ({@code AVAILABLE}); a page saying it is obsolete ({@code OBSOLETE}, with its title and
 * community); or a page saying it is not shared here any more ({@code UNAVAILABLE}: a quoted
 * contributor withdrew their consent, or there is no such artifact for this person — the two look
 * the same, so a link says nothing of an artifact its reader may not see).
 */
public record PlacedArtifact(String state, ArtifactView artifact, String title, Community community, Translation translation) {

    /** The community it came from; {@code member}: the reader can open it (the tool has no self-service joining). */
    public record Community(UUID spaceId, String title, boolean member) {
    }

    /**
     * A translation into the reader's language: {@code shown} when the page shows it (else the
     * reader asked for the original); {@code behind} when the original, in {@code originalLocale},
     * has had new words since version {@code fromVersion}, which it was made from.
     */
    public record Translation(String locale, String originalLocale, int fromVersion, boolean behind, boolean shown) {
    }

    static PlacedArtifact available(ArtifactView view, boolean member, Translation translation) {
        return new PlacedArtifact("AVAILABLE", view, view.title(), new Community(view.spaceId(), view.spaceTitle(), member), translation);
    }

    static PlacedArtifact obsolete(String title, Community community) {
        return new PlacedArtifact("OBSOLETE", null, title, community, null);
    }

    static PlacedArtifact unavailable() {
        return new PlacedArtifact("UNAVAILABLE", null, null, null, null);
    }
}
