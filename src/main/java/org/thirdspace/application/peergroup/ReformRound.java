package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.peergroup.formation.PeerGroupFormation;
import org.thirdspace.community.peergroup.formation.Proposal;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The latest round as it stands, for its facilitators: each group with its active members, and
 * whether it fell below the programme's viable size — then a re-formation is offered. The
 * re-formation ({@link PeerGroupFormation#reform}) spreads a small group's members over groups with
 * room when they all fit, else merges it with another small group, else leaves it; members who left
 * the courses or the space leave their group then (what they wrote stays).
 */
@ApplicationScoped
public class ReformRound {

    private ProgrammeAccess access;
    private Programmes programmes;
    private ProgrammeRoster roster;
    private PeerGroups peerGroups;
    private People people;

    protected ReformRound() {
    }

    @Inject
    public ReformRound(ProgrammeAccess access, Programmes programmes, ProgrammeRoster roster, PeerGroups peerGroups,
                       People people) {
        this.access = access;
        this.programmes = programmes;
        this.roster = roster;
        this.peerGroups = peerGroups;
        this.people = people;
    }

    public record MemberView(UUID personId, String name) {
    }

    public record GroupView(UUID id, int number, String name, List<MemberView> members, int departed, boolean belowViableSize) {
    }

    /**
     * @param reformationOffered whether a re-formation would change something: a group is below the
     *                           viable size and its members can be spread or merged
     * @param cannotReform       groups below the viable size that a re-formation would leave as they
     *                           are (no other group can take their members within its maximum size
     *                           and the hard constraints), by number
     */
    public record RoundView(UUID id, int viableSize, List<GroupView> groups, boolean reformationOffered,
                            List<Integer> cannotReform) {
    }

    public record Reformed(List<Integer> redistributed, Map<Integer, Integer> merged, List<Integer> unchanged, RoundView round) {
    }

    @Transactional
    public RoundView show(Actor actor, UUID spaceId, Instant now) {
        Programme programme = access.programme(actor, spaceId);
        return view(actor, programme, PublishedRound.latest(programme, programmes, peerGroups, roster, now));
    }

    @Transactional
    public Reformed reform(Actor actor, UUID spaceId, Instant now) {
        Programme programme = access.programme(actor, spaceId);
        PublishedRound round = PublishedRound.latest(programme, programmes, peerGroups, roster, now);
        RoundView before = view(actor, programme, round);
        if (!before.reformationOffered()) {
            throw new Conflict(before.cannotReform().isEmpty()
                    ? "every group still has at least " + programme.viableSize() + " active members"
                    : "no other group can take the members of group " + before.cannotReform().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + " within its maximum size and the hard constraints;"
                    + " they stay as they are until the next round");
        }
        PeerGroupFormation.Reformation reformation = PeerGroupFormation.reform(round.request(), round.proposal(),
                programme.viableSize());
        round.departed().forEach((group, gone) -> gone.forEach(person -> peerGroups.removeMember(group, person)));
        for (int g = 0; g < round.groups().size(); g++) {
            PeerGroup from = round.groups().get(g);
            for (UUID person : round.active().get(from.id())) {
                var into = reformation.proposal().groupOf(person.toString()).map(Proposal.Group::number);
                if (into.isPresent() && into.get() != g + 1) {
                    peerGroups.removeMember(from.id(), person);
                    peerGroups.addMember(round.group(into.get()).id(), person, now);
                }
            }
        }
        return new Reformed(reformation.redistributed(), reformation.merged(), reformation.unchanged(),
                view(actor, programme, PublishedRound.latest(programme, programmes, peerGroups, roster, now)));
    }

    private RoundView view(Actor actor, Programme programme, PublishedRound round) {
        List<UUID> everyone = round.active().values().stream().flatMap(List::stream).toList();
        Map<UUID, Person> named = people.byIds(actor.organisationId(), everyone);
        List<GroupView> groups = new ArrayList<>();
        boolean small = false;
        for (int g = 0; g < round.groups().size(); g++) {
            PeerGroup group = round.groups().get(g);
            List<UUID> active = round.active().get(group.id());
            if (active.isEmpty()) {
                continue; // its members redistributed or all gone: the group is no more (its threads stay for the facilitators)
            }
            boolean below = active.size() < programme.viableSize();
            small |= below;
            groups.add(new GroupView(group.id(), g + 1, group.name(), active.stream().map(p -> new MemberView(p,
                    named.containsKey(p) ? named.get(p).nameToShow() : null)).toList(), round.departed().get(group.id()).size(),
                    below));
        }
        if (!small) {
            return new RoundView(round.id(), programme.viableSize(), groups, false, List.of());
        }
        // Offered only when it would change something: a group whose members no other group can take
        // would otherwise be offered again after every re-formation.
        PeerGroupFormation.Reformation would = PeerGroupFormation.reform(round.request(), round.proposal(), programme.viableSize());
        boolean changes = !would.redistributed().isEmpty() || !would.merged().isEmpty();
        return new RoundView(round.id(), programme.viableSize(), groups, changes, would.unchanged());
    }
}
