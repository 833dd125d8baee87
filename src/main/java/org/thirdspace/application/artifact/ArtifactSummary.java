package org.thirdspace.application.artifact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An artifact in a list (the library, what is due for review). */
public record ArtifactSummary(UUID id, String type, String title, String locale, String momentOfNeed, String verification,
                              String audience, UUID spaceId, String spaceTitle, List<String> tags, Instant updatedAt,
                              Instant reviewDueAt, boolean pastReview, int helped, int outdated) {
}
