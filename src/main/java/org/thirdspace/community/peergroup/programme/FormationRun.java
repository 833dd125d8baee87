package org.thirdspace.community.peergroup.programme;

import java.time.Instant;
import java.util.UUID;

/**
 * One formation of a programme's groups.
 *
 * @param report the engine's report as JSON text, once READY
 */
public record FormationRun(UUID id, UUID programmeId, FormationState state, int progress, long seed, String report,
                           String error, UUID startedBy, Instant startedAt, Instant finishedAt) {
}
