package org.thirdspace.community.peergroup.programme;

import java.util.Map;
import java.util.UUID;

/**
 * A person in a formation's draft.
 *
 * @param group  the group's number, null when unplaced
 * @param reason why they are unplaced, else null
 * @param locked a facilitator put them where they are; re-optimisation leaves them there
 * @param values the values they were grouped by (facilitators only)
 */
public record DraftMember(UUID personId, Integer group, String reason, boolean locked, Map<String, String> values) {

    public DraftMember {
        values = Map.copyOf(values);
    }
}
