package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpacePolicy;

import java.util.List;
import java.util.UUID;

/**
 * The caller and a peer group: a group of another organisation does not exist for them (its
 * space is looked up within their organisation); within it, a group is for its members and for
 * the facilitators of its space (the programme's facilitators). Used inside the use cases'
 * transactions.
 */
@ApplicationScoped
public class PeerGroupAccess {

    private PeerGroups peerGroups;
    private SpaceAccess spaces;

    protected PeerGroupAccess() {
    }

    @Inject
    public PeerGroupAccess(PeerGroups peerGroups, SpaceAccess spaces) {
        this.peerGroups = peerGroups;
        this.spaces = spaces;
    }

    /** The group with the caller's place in it. */
    public record InGroup(PeerGroup group, Space space, Membership membership, List<UUID> members, boolean inGroup,
                          boolean facilitates) {
    }

    /** For the group's members and its space's facilitators; 404 outside the organisation, 403 for others. */
    public InGroup reader(Actor actor, UUID groupId) {
        InGroup in = look(actor, groupId);
        if (!in.inGroup() && !in.facilitates()) {
            throw new AccessDenied("only the group's members and the programme's facilitators see a peer group");
        }
        return in;
    }

    /** For the group's members only. */
    public InGroup member(Actor actor, UUID groupId) {
        InGroup in = look(actor, groupId);
        if (!in.inGroup()) {
            throw new AccessDenied("only the group's members do this");
        }
        return in;
    }

    /** For its space's facilitators only. */
    public InGroup facilitator(Actor actor, UUID groupId) {
        InGroup in = look(actor, groupId);
        if (!in.facilitates()) {
            throw new AccessDenied("only the programme's facilitators do this");
        }
        return in;
    }

    private InGroup look(Actor actor, UUID groupId) {
        PeerGroup group = peerGroups.find(groupId).orElseThrow(() -> new NotFound("no such peer group"));
        SpaceAccess.InSpace in = spaces.look(actor, group.spaceId());
        Membership membership = in.membership();
        // Someone who left the space or was banned from it no longer takes part in its groups.
        boolean member = membership != null && SpacePolicy.mayView(membership);
        List<UUID> members = peerGroups.members(groupId);
        return new InGroup(group, in.space(), membership, members, member && members.contains(actor.personId()),
                member && SpacePolicy.mayFacilitate(membership));
    }
}
