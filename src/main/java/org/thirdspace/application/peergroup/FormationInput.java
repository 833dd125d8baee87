package org.thirdspace.application.peergroup;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.thirdspace.community.peergroup.GroupingProfile;
import org.thirdspace.community.peergroup.formation.Attribute;
import org.thirdspace.community.peergroup.formation.Budget;
import org.thirdspace.community.peergroup.formation.FormationReport;
import org.thirdspace.community.peergroup.formation.FormationRequest;
import org.thirdspace.community.peergroup.formation.Participant;
import org.thirdspace.community.peergroup.formation.PastRound;
import org.thirdspace.community.peergroup.formation.Proposal;
import org.thirdspace.community.peergroup.formation.UnplacedReason;
import org.thirdspace.community.peergroup.programme.DraftMember;
import org.thirdspace.community.peergroup.programme.Programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the formation engine is given for a programme, and how its proposal becomes a draft and
 * back: the same people, values, settings, history and seed give the same request, so a draft can
 * be edited long after the run that made it.
 */
final class FormationInput {

    private static final Jsonb JSON = JsonbBuilder.create();

    private FormationInput() {
    }

    static FormationRequest request(Programme programme, Map<UUID, Map<String, String>> values,
                                    List<List<List<UUID>>> pastRounds, long seed, Budget budget, Instant now) {
        List<Participant> people = new ArrayList<>();
        new TreeMap<>(values).forEach((person, v) -> people.add(GroupingProfile.participant(person.toString(), v, now)));
        List<Attribute> attributes = new ArrayList<>();
        programme.attributes().forEach((name, weight) -> {
            if (weight > 0) {
                attributes.add(GroupingProfile.TENURE.equals(name) ? Attribute.numeric(name, weight)
                        : Attribute.categorical(name, weight));
            }
        });
        List<PastRound> history = new ArrayList<>();
        for (int i = 0; i < pastRounds.size(); i++) {
            history.add(new PastRound(i + 1, pastRounds.get(i).stream()
                    .map(group -> group.stream().map(UUID::toString).toList()).toList()));
        }
        return new FormationRequest(people, attributes, programme.size(), programme.constraints(), history, seed, budget);
    }

    /** The draft of a proposal; those who are locked stay locked. */
    static List<DraftMember> draft(Proposal proposal, Map<UUID, Map<String, String>> values, Set<UUID> locked) {
        Map<UUID, DraftMember> draft = new TreeMap<>();
        for (Proposal.Group group : proposal.groups()) {
            for (String id : group.members()) {
                UUID person = UUID.fromString(id);
                draft.put(person, new DraftMember(person, group.number(), null, locked.contains(person), values.get(person)));
            }
        }
        proposal.unplaced().forEach((id, reason) -> {
            UUID person = UUID.fromString(id);
            draft.put(person, new DraftMember(person, null, reason.name(), false, values.get(person)));
        });
        return List.copyOf(draft.values());
    }

    /** The proposal a draft stands for (its report as far as edits need it). */
    static Proposal proposal(List<DraftMember> draft, ProposePeerGroups.ReportView report) {
        Map<Integer, List<String>> groups = new TreeMap<>();
        Map<String, UnplacedReason> unplaced = new LinkedHashMap<>();
        for (DraftMember m : draft) {
            if (m.group() != null) {
                groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m.personId().toString());
            } else {
                unplaced.put(m.personId().toString(), UnplacedReason.valueOf(m.reason()));
            }
        }
        return new Proposal(groups.entrySet().stream().map(e -> new Proposal.Group(e.getKey(), e.getValue())).toList(),
                unplaced, new FormationReport(report.meanDiversity(), report.randomDiversity(), report.ratioToRandom(),
                Map.of(), List.of(), 0, 0, 0));
    }

    static Map<UUID, Map<String, String>> values(List<DraftMember> draft) {
        Map<UUID, Map<String, String>> values = new TreeMap<>();
        draft.forEach(m -> values.put(m.personId(), m.values()));
        return values;
    }

    static String reportText(FormationReport report) {
        return JSON.toJson(ProposePeerGroups.ReportView.of(report));
    }

    static ProposePeerGroups.ReportView report(String text) {
        return text == null ? null : JSON.fromJson(text, ProposePeerGroups.ReportView.class);
    }
}
