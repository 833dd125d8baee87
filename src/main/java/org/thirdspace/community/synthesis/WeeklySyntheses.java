package org.thirdspace.community.synthesis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The weeks' syntheses, one per space and week, and the lease of the weekly run: every node runs
 * the same timer, and the node holding a week's lease drafts for every space, so a cluster drafts
 * each space's week once.
 */
public interface WeeklySyntheses {

    Optional<WeeklySynthesis> find(UUID organisationId, UUID spaceId, Week week);

    /** The newest published synthesis of the space among these weeks. */
    Optional<WeeklySynthesis> latestPublished(UUID organisationId, UUID spaceId, Week from, Week to);

    /** Adds the week's synthesis; false (and nothing written) when the space's week has one already. */
    boolean add(WeeklySynthesis synthesis);

    void published(UUID spaceId, Week week, Instant now);

    /**
     * A space due a draft, its first synthesizer, and the language its drafts are written in: that
     * of its latest synthesis (its synthesizers chose it, or published in it), else its synthesizer's
     * own (from their launches), else English.
     */
    record SynthesizedSpace(UUID organisationId, UUID spaceId, UUID synthesizerId, String locale) {
    }

    /** Spaces (not archived) with an active synthesizer and no synthesis of the week yet. */
    List<SynthesizedSpace> due(Week week, int limit);

    /** Takes the week's run when nobody holds it or their lease ran out; true when this holder has it now. */
    boolean acquireRun(Week week, UUID holder, Instant now, Instant until);

    /** Whether the week's run finished (every space was drafted). */
    boolean runFinished(Week week);

    void finishRun(Week week, UUID holder, Instant now);
}
