package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A space's description for its members, with their role and what they may do; records the visit. */
@ApplicationScoped
public class ShowSpace {

    private SpaceAccess access;
    private Spaces spaces;
    private PeerGroups peerGroups;
    private ModerationCases moderationCases;

    protected ShowSpace() {
    }

    @Inject
    public ShowSpace(SpaceAccess access, Spaces spaces, PeerGroups peerGroups, ModerationCases moderationCases) {
        this.access = access;
        this.spaces = spaces;
        this.peerGroups = peerGroups;
        this.moderationCases = moderationCases;
    }

    @Transactional
    public SpaceView show(Actor actor, UUID spaceId, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        access.visited(in.membership(), now);
        Long openCases = SpacePolicy.mayModerate(in.membership()) ? moderationCases.openCaseCount(spaceId) : null;
        return view(in.space(), in.membership(), spaces.memberCount(spaceId), peerGroups, actor.personId(), openCases);
    }

    static SpaceView view(Space space, Membership membership, long members, PeerGroups peerGroups, UUID personId, Long openCases) {
        List<UUID> mine = peerGroups.groupsOf(personId);
        List<SpaceView.Group> groups = peerGroups.ofSpace(space.id()).stream().filter(g -> mine.contains(g.id()))
                .map((PeerGroup g) -> new SpaceView.Group(g.id(), g.name())).toList();
        return new SpaceView(space.id(), space.title(), space.purpose(), space.description(), space.kind().name(),
                space.isArchived(), membership.role().name(), members, SpacePolicy.mayStartThread(membership, space),
                SpacePolicy.mayFacilitate(membership), SpacePolicy.mayModerate(membership), groups, space.courseCopies().name(), openCases);
    }
}
