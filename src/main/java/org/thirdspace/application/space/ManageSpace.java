package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.person.People;
import org.thirdspace.community.space.MemberSummary;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceMember;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.SpaceRole;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What facilitators do to a space itself: describe or archive it, give roles (moderator,
 * synthesizer, guest expert — a guest expert needs no course), and form peer groups. Members list
 * each other (for mentions).
 */
@ApplicationScoped
public class ManageSpace {

    private SpaceAccess access;
    private Spaces spaces;
    private People people;
    private PeerGroups peerGroups;

    protected ManageSpace() {
    }

    @Inject
    public ManageSpace(SpaceAccess access, Spaces spaces, People people, PeerGroups peerGroups) {
        this.access = access;
        this.spaces = spaces;
        this.people = people;
        this.peerGroups = peerGroups;
    }

    /** {@code courseCopies} (JOIN or NEW_RUN) and {@code archived} change only when given. */
    public record Description(String title, String purpose, String description, Boolean archived, String courseCopies) {
    }

    @Transactional
    public void describe(Actor actor, UUID spaceId, Description request, Instant now) {
        Space space = facilitated(actor, spaceId).space();
        if (request == null) {
            throw new InvalidRequest("title", "title is required");
        }
        space.describe(Field.required("title", request.title(), Space.MAX_TITLE), Field.optional("purpose", request.purpose(), Space.MAX_PURPOSE),
                Field.optional("description", request.description(), Space.MAX_DESCRIPTION), now);
        if (request.archived() != null) {
            space.archive(request.archived(), now);
        }
        if (request.courseCopies() != null) {
            space.copyRule(CreateSpace.courseCopies(request.courseCopies(), space.courseCopies()), now);
        }
    }

    @Transactional
    public void giveRole(Actor actor, UUID spaceId, UUID personId, String role, Instant now) {
        facilitated(actor, spaceId);
        people.find(actor.organisationId(), personId).orElseThrow(() -> new NotFound("no such person"));
        SpaceRole given;
        try {
            given = role == null || role.isBlank() ? null : SpaceRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("role", "role must be MEMBER, GUEST_EXPERT, SYNTHESIZER, MODERATOR or FACILITATOR");
        }
        SpaceMember member = spaces.member(spaceId, personId).orElse(null);
        if (member == null) {
            spaces.add(new SpaceMember(spaceId, personId, given, now));
        } else {
            member.giveRole(given);
        }
    }

    @Transactional
    public List<MemberSummary> members(Actor actor, UUID spaceId, String query) {
        access.member(actor, spaceId);
        return spaces.members(spaceId, query, 20);
    }

    @Transactional
    public PeerGroup formGroup(Actor actor, UUID spaceId, String name, List<UUID> memberIds, Instant now) {
        facilitated(actor, spaceId);
        PeerGroup group = new PeerGroup(spaceId, Field.required("name", name, 120), now);
        peerGroups.add(group);
        for (UUID person : memberIds == null ? List.<UUID>of() : memberIds) {
            if (access.membership(spaceId, person).filter(Membership::isMember).isEmpty()) {
                throw new InvalidRequest("members", "everyone in a peer group must be a member of the space");
            }
            peerGroups.addMember(group.id(), person, now);
        }
        return group;
    }

    private SpaceAccess.InSpace facilitated(Actor actor, UUID spaceId) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayFacilitate(in.membership())) {
            throw new AccessDenied("only facilitators manage the space");
        }
        return in;
    }
}
