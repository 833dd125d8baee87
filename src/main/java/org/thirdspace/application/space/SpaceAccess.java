package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceMember;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The caller in a space: the space (only within their organisation — another organisation's space
 * does not exist for them), their effective membership, and the {@link Viewer} that cross-space
 * queries need. Used inside the use cases' transactions.
 */
@ApplicationScoped
public class SpaceAccess {

    private Spaces spaces;
    private PeerGroups peerGroups;

    protected SpaceAccess() {
    }

    @Inject
    public SpaceAccess(Spaces spaces, PeerGroups peerGroups) {
        this.spaces = spaces;
        this.peerGroups = peerGroups;
    }

    /** The space and the caller's membership; 404 outside their organisation, 403 for non-members. */
    public InSpace member(Actor actor, UUID spaceId) {
        InSpace in = look(actor, spaceId);
        if (in.membership() == null || !in.membership().isMember()) {
            throw new AccessDenied("you are not a member of this space");
        }
        return in;
    }

    /** The space and the caller's membership, which may be absent. */
    public InSpace look(Actor actor, UUID spaceId) {
        Space space = spaces.find(actor.organisationId(), spaceId).orElseThrow(() -> new NotFound("no such space"));
        return new InSpace(space, membership(spaceId, actor.personId()).orElse(null));
    }

    public Optional<Membership> membership(UUID spaceId, UUID personId) {
        SpaceMember own = spaces.member(spaceId, personId).orElse(null);
        return Membership.resolve(spaceId, personId, own, spaces.courseRoles(spaceId, personId));
    }

    /** Records a visit: the person's own row exists from now on and says when they last looked. */
    public void visited(Membership membership, Instant now) {
        SpaceMember own = spaces.member(membership.spaceId(), membership.personId()).orElse(null);
        if (own == null) {
            spaces.add(new SpaceMember(membership.spaceId(), membership.personId(), null, now));
        } else {
            own.seen(now);
        }
    }

    public Viewer viewer(Actor actor) {
        return viewer(actor.organisationId(), actor.personId(), spaces.memberships(actor.organisationId(), actor.personId()),
                peerGroups.groupsOf(actor.personId()));
    }

    /**
     * The viewers of many people of one organisation, by person: a few queries for all of them
     * (a page of digest recipients), not a few for each.
     */
    public Map<UUID, Viewer> viewers(UUID organisationId, Collection<UUID> personIds) {
        Map<UUID, List<Membership>> memberships = spaces.membershipsOf(organisationId, personIds);
        Map<UUID, List<UUID>> groups = peerGroups.groupsOf(personIds);
        Map<UUID, Viewer> viewers = new HashMap<>();
        for (UUID person : personIds) {
            viewers.put(person, viewer(organisationId, person, memberships.getOrDefault(person, List.of()),
                    groups.getOrDefault(person, List.of())));
        }
        return viewers;
    }

    private static Viewer viewer(UUID organisationId, UUID personId, List<Membership> memberships, List<UUID> groups) {
        Set<UUID> member = new HashSet<>();
        Set<UUID> moderated = new HashSet<>();
        Set<UUID> synthesized = new HashSet<>();
        for (Membership membership : memberships) {
            member.add(membership.spaceId());
            if (membership.moderates()) {
                moderated.add(membership.spaceId());
            }
            if (SpacePolicy.maySynthesize(membership)) {
                synthesized.add(membership.spaceId());
            }
        }
        return new Viewer(organisationId, personId, member, moderated, new HashSet<>(groups), synthesized);
    }

    /** A space with the caller's membership in it (null when they are none). */
    public record InSpace(Space space, Membership membership) {
    }
}
