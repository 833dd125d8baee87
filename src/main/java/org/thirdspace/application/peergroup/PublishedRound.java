package org.thirdspace.application.peergroup;

import org.thirdspace.application.Conflict;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.peergroup.formation.Budget;
import org.thirdspace.community.peergroup.formation.FormationReport;
import org.thirdspace.community.peergroup.formation.FormationRequest;
import org.thirdspace.community.peergroup.formation.Proposal;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A programme's latest published round as the engine sees it: its groups numbered from 1, with the
 * members who are still people of the programme (active learners of its courses, members of the
 * space); those who are not any more have left their group in all but the table.
 *
 * @param departed per group, members who left the courses or the space since
 */
record PublishedRound(UUID id, List<PeerGroup> groups, Map<UUID, List<UUID>> active, Map<UUID, List<UUID>> departed,
                      Map<UUID, Map<String, String>> values, FormationRequest request, Proposal proposal) {

    static PublishedRound latest(Programme programme, Programmes programmes, PeerGroups peerGroups, ProgrammeRoster roster,
                                 Instant now) {
        UUID round = programmes.latestRound(programme.id())
                .orElseThrow(() -> new Conflict("no round of groups is published yet; form and publish one first"));
        List<PeerGroup> groups = peerGroups.ofRound(round);
        Map<UUID, Map<String, String>> values = roster.people(programme);
        Map<UUID, List<UUID>> active = new LinkedHashMap<>();
        Map<UUID, List<UUID>> departed = new LinkedHashMap<>();
        List<Proposal.Group> current = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<UUID> stay = new ArrayList<>();
            List<UUID> gone = new ArrayList<>();
            for (UUID member : peerGroups.members(groups.get(g).id())) {
                (values.containsKey(member) ? stay : gone).add(member);
            }
            active.put(groups.get(g).id(), stay);
            departed.put(groups.get(g).id(), gone);
            current.add(new Proposal.Group(g + 1, stay.stream().map(UUID::toString).toList()));
        }
        // Earlier rounds only: the latest is the grouping being changed, not a history to avoid.
        List<List<List<UUID>>> past = programmes.pastRounds(programme.id());
        FormationRequest request = FormationInput.request(programme, values, past.isEmpty() ? past : past.subList(1, past.size()),
                0, Budget.EDITING, now);
        Proposal proposal = new Proposal(current, Map.of(), new FormationReport(0, 0, 0, Map.of(), List.of(), 0, 0, 0));
        return new PublishedRound(round, groups, active, departed, values, request, proposal);
    }

    /** Whoever of the programme is in none of the round's groups. */
    List<UUID> outside() {
        java.util.Set<UUID> grouped = new java.util.HashSet<>();
        active.values().forEach(grouped::addAll);
        return values.keySet().stream().filter(p -> !grouped.contains(p)).toList();
    }

    PeerGroup group(int number) {
        return groups.get(number - 1);
    }
}
