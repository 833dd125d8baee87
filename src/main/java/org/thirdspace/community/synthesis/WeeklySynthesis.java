package org.thirdspace.community.synthesis;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A space's synthesis of one week: the artifact (of type weekly synthesis) its synthesizer edits,
 * and when it was drafted and published. Published, it is shown at the top of the space.
 */
public record WeeklySynthesis(UUID organisationId, UUID spaceId, Week week, UUID artifactId, Instant draftedAt, Instant publishedAt) {

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Optional<Instant> published() {
        return Optional.ofNullable(publishedAt);
    }
}
