package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.peergroup.programme.DraftMember;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.community.peergroup.programme.FormationState;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A formation run as its facilitators follow it: state and progress while it runs, then the draft
 * groups with everyone's name and the values they were grouped by (facilitators only: no other
 * view shows these), who is locked, who is unplaced and why, and the report.
 */
@ApplicationScoped
public class ShowFormation {

    private ProgrammeAccess access;
    private Programmes programmes;
    private People people;

    protected ShowFormation() {
    }

    @Inject
    public ShowFormation(ProgrammeAccess access, Programmes programmes, People people) {
        this.access = access;
        this.programmes = programmes;
        this.people = people;
    }

    public record MemberView(UUID personId, String name, Map<String, String> values, boolean locked) {
    }

    public record GroupView(int number, List<MemberView> members) {
    }

    public record UnplacedView(UUID personId, String name, String reason, Map<String, String> values) {
    }

    public record FormationView(UUID id, String state, int progress, String error, Instant startedAt, Instant finishedAt,
                                List<String> attributes, List<GroupView> groups, List<UnplacedView> unplaced,
                                ProposePeerGroups.ReportView report, int round) {
    }

    @Transactional
    public FormationView show(Actor actor, UUID spaceId, UUID runId) {
        return view(actor, access.programme(actor, spaceId), access.run(actor, spaceId, runId));
    }

    /** The programme's latest run. */
    @Transactional
    public FormationView latest(Actor actor, UUID spaceId) {
        Programme programme = access.programme(actor, spaceId);
        FormationRun run = programmes.latest(programme.id()).orElseThrow(() -> new NotFound("no formation has run yet"));
        return view(actor, programme, run);
    }

    FormationView view(Actor actor, Programme programme, FormationRun run) {
        List<GroupView> groups = new ArrayList<>();
        List<UnplacedView> unplaced = new ArrayList<>();
        if (run.state() == FormationState.READY || run.state() == FormationState.PUBLISHED) {
            List<DraftMember> draft = programmes.draft(run.id());
            Map<UUID, Person> named = people.byIds(actor.organisationId(), draft.stream().map(DraftMember::personId).toList());
            Map<Integer, List<MemberView>> byGroup = new TreeMap<>();
            for (DraftMember m : draft) {
                String name = named.containsKey(m.personId()) ? named.get(m.personId()).nameToShow() : null;
                if (m.group() != null) {
                    byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>())
                            .add(new MemberView(m.personId(), name, m.values(), m.locked()));
                } else {
                    unplaced.add(new UnplacedView(m.personId(), name, m.reason(), m.values()));
                }
            }
            byGroup.forEach((number, members) -> groups.add(new GroupView(number, members)));
        }
        return new FormationView(run.id(), run.state().name(), run.progress(), run.error(), run.startedAt(), run.finishedAt(),
                List.copyOf(programme.attributes().keySet()), groups, unplaced, FormationInput.report(run.report()),
                programmes.roundCount(programme.id()));
    }
}
