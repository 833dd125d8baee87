package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.peergroup.formation.Budget;
import org.thirdspace.community.peergroup.formation.FormationReport;
import org.thirdspace.community.peergroup.formation.FormationRequest;
import org.thirdspace.community.peergroup.formation.PeerGroupFormation;
import org.thirdspace.community.peergroup.formation.Proposal;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * People who joined the programme's courses after its latest round was published are placed into
 * that round's groups: each into the group with room, below the target size first, that keeps every
 * hard constraint and whose members are on average most distant from them
 * ({@link PeerGroupFormation#placeLateJoiner}); whoever fits nowhere stays out, with the reason.
 */
@ApplicationScoped
public class PlaceLateJoiners {

    private ProgrammeAccess access;
    private Programmes programmes;
    private ProgrammeRoster roster;
    private PeerGroups peerGroups;

    protected PlaceLateJoiners() {
    }

    @Inject
    public PlaceLateJoiners(ProgrammeAccess access, Programmes programmes, ProgrammeRoster roster, PeerGroups peerGroups) {
        this.access = access;
        this.programmes = programmes;
        this.roster = roster;
        this.peerGroups = peerGroups;
    }

    public record Placed(Map<UUID, UUID> placed, Map<UUID, String> unplaced) {
    }

    @Transactional
    public Placed place(Actor actor, UUID spaceId, Instant now) {
        Programme programme = access.programme(actor, spaceId);
        UUID round = programmes.latestRound(programme.id())
                .orElseThrow(() -> new Conflict("no round of groups is published yet; form and publish one first"));
        List<PeerGroup> groups = peerGroups.ofRound(round);
        Map<UUID, Map<String, String>> values = roster.people(programme);
        List<Proposal.Group> current = new ArrayList<>();
        Set<UUID> grouped = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            List<UUID> members = peerGroups.members(groups.get(g).id());
            grouped.addAll(members);
            current.add(new Proposal.Group(g + 1, members.stream().map(UUID::toString).toList()));
        }
        // Earlier rounds only: the latest is the grouping joined, not a history to avoid.
        List<List<List<UUID>>> past = programmes.pastRounds(programme.id());
        FormationRequest request = FormationInput.request(programme, values, past.isEmpty() ? past : past.subList(1, past.size()),
                0, Budget.EDITING, now);
        Proposal proposal = new Proposal(current, Map.of(), new FormationReport(0, 0, 0, Map.of(), List.of(), 0, 0, 0));
        List<UUID> joiners = values.keySet().stream().filter(p -> !grouped.contains(p)).toList();
        for (UUID joiner : joiners) {
            proposal = PeerGroupFormation.placeLateJoiner(request, proposal, joiner.toString());
        }
        Map<UUID, UUID> placed = new LinkedHashMap<>();
        Map<UUID, String> unplaced = new LinkedHashMap<>();
        for (UUID joiner : joiners) {
            var group = proposal.groupOf(joiner.toString());
            if (group.isPresent()) {
                PeerGroup into = groups.get(group.get().number() - 1);
                peerGroups.addMember(into.id(), joiner, now);
                placed.put(joiner, into.id());
            } else {
                var reason = proposal.unplaced().get(joiner.toString());
                unplaced.put(joiner, reason == null ? "NO_ROOM" : reason.name());
            }
        }
        return new Placed(placed, unplaced);
    }
}
