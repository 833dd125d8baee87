package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.peergroup.formation.PeerGroupFormation;
import org.thirdspace.community.peergroup.formation.Proposal;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        PublishedRound round = PublishedRound.latest(programme, programmes, peerGroups, roster, now);
        Proposal proposal = round.proposal();
        List<UUID> joiners = round.outside();
        for (UUID joiner : joiners) {
            proposal = PeerGroupFormation.placeLateJoiner(round.request(), proposal, joiner.toString());
        }
        Map<UUID, UUID> placed = new LinkedHashMap<>();
        Map<UUID, String> unplaced = new LinkedHashMap<>();
        for (UUID joiner : joiners) {
            var group = proposal.groupOf(joiner.toString());
            if (group.isPresent()) {
                PeerGroup into = round.group(group.get().number());
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
