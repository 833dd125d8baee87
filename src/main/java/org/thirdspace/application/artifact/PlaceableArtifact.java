package org.thirdspace.application.artifact;

import java.util.List;

/**
 * An artifact in the designer's Deep Linking library: placeable when nobody's consent is missing;
 * otherwise {@code consentMissing} says whose (a pending consent blocks like a refused one).
 */
public record PlaceableArtifact(ArtifactSummary artifact, List<String> consentMissing, boolean placeable) {

    static PlaceableArtifact of(ArtifactSummary artifact, List<String> consentMissing) {
        return new PlaceableArtifact(artifact, List.copyOf(consentMissing), consentMissing.isEmpty());
    }
}
