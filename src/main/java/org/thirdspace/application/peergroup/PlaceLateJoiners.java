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
import java.util.Collection;
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
        return place(access.programme(actor, spaceId), null, now);
    }

    /**
     * Those of {@code people} who are in none of the latest round's groups, as the programme's
     * trigger placed them (people who completed the course after the round was formed).
     */
    @Transactional
    public Placed placeSignalled(Programme programme, Collection<UUID> people, Instant now) {
        return place(programme, Set.copyOf(people), now);
    }

    /** @param only whom to place of those outside the groups; null: all of them */
    private Placed place(Programme programme, Set<UUID> only, Instant now) {
        PublishedRound round = PublishedRound.latest(programme, programmes, peerGroups, roster, now);
        Proposal proposal = round.proposal();
        List<UUID> joiners = round.outside().stream().filter(p -> only == null || only.contains(p)).toList();
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
