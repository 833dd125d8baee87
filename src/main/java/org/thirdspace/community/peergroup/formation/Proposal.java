package org.thirdspace.community.peergroup.formation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups proposed, the people left out with their reason, and the report of the run.
 *
 * @param groups   numbered from 1; a number stays with its group through edits
 * @param unplaced person id to reason, in the order of the request
 */
public record Proposal(List<Group> groups, Map<String, UnplacedReason> unplaced, FormationReport report) {

    /** One proposed group. */
    public record Group(int number, List<String> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    public Proposal {
        groups = List.copyOf(groups);
        unplaced = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unplaced));
    }

    public Optional<Group> groupOf(String personId) {
        return groups.stream().filter(g -> g.members().contains(personId)).findFirst();
    }
}
