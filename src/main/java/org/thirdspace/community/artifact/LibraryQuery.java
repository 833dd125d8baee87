package org.thirdspace.community.artifact;

import java.util.UUID;

/**
 * What a library lists: an organisation's artifacts, or one space's ({@code spaceId}), narrowed by
 * any of type, tag, moment of need, verification and words in the title or text (null: any).
 */
public record LibraryQuery(UUID organisationId, UUID spaceId, ArtifactType type, String tag, MomentOfNeed moment,
                           Verification verification, String text) {
}
