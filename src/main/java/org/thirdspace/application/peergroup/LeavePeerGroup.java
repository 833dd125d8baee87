package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A member leaves their peer group, or the whole programme: they are taken out of the group (of
 * every group of the programme), and leaving the programme also opts them out of its later rounds.
 * What they wrote stays with the group.
 */
@ApplicationScoped
public class LeavePeerGroup {

    private SpaceAccess access;
    private PeerGroups peerGroups;
    private Programmes programmes;

    protected LeavePeerGroup() {
    }

    @Inject
    public LeavePeerGroup(SpaceAccess access, PeerGroups peerGroups, Programmes programmes) {
        this.access = access;
        this.peerGroups = peerGroups;
        this.programmes = programmes;
    }

    @Transactional
    public void leaveGroup(Actor actor, UUID spaceId, UUID groupId) {
        access.member(actor, spaceId);
        PeerGroup group = peerGroups.find(groupId).filter(g -> g.spaceId().equals(spaceId))
                .filter(g -> peerGroups.members(g.id()).contains(actor.personId()))
                .orElseThrow(() -> new NotFound("you are in no such peer group here"));
        peerGroups.removeMember(group.id(), actor.personId());
    }

    @Transactional
    public void leaveProgramme(Actor actor, UUID spaceId, Instant now) {
        access.member(actor, spaceId);
        Programme programme = programmes.ofSpace(spaceId).orElseThrow(() -> new NotFound("the space has no peer-group programme"));
        for (PeerGroup group : peerGroups.ofSpace(spaceId)) {
            if (group.roundId() != null && peerGroups.members(group.id()).contains(actor.personId())) {
                peerGroups.removeMember(group.id(), actor.personId());
            }
        }
        // Opted out as an upload would say it, over what they had: later rounds leave them out.
        Map<String, String> values = new LinkedHashMap<>(programmes.uploads(programme.id()).getOrDefault(actor.personId(), Map.of()));
        values.put("peer_groups", "opt-out");
        programmes.upload(programme.id(), Map.of(actor.personId(), values), actor.personId(), now);
    }
}
