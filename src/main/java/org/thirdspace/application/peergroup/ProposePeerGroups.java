package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.peergroup.GroupingProfile;
import org.thirdspace.community.peergroup.formation.Budget;
import org.thirdspace.community.peergroup.formation.FormationReport;
import org.thirdspace.community.peergroup.formation.FormationRequest;
import org.thirdspace.community.peergroup.formation.GroupSize;
import org.thirdspace.community.peergroup.formation.HardConstraints;
import org.thirdspace.community.peergroup.formation.Participant;
import org.thirdspace.community.peergroup.formation.PeerGroupFormation;
import org.thirdspace.community.peergroup.formation.Proposal;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A proposal of peer groups for a space, for its facilitators to preview: the active learners of
 * the courses linked to the space who are still members of it, with what their custom values say
 * ({@link GroupingProfile}), formed in groups of 6 (5–7) with a shared language, two hours of
 * working-time overlap and teams apart wherever those are known. Nothing is stored.
 */
@ApplicationScoped
public class ProposePeerGroups {

    /** Most course members read per linked course: the roster sync's own scale. */
    static final int ROSTER_LIMIT = 50_000;
    static final int OVERLAP_MINUTES = 120;

    private SpaceAccess access;
    private Spaces spaces;
    private Courses courses;

    protected ProposePeerGroups() {
    }

    @Inject
    public ProposePeerGroups(SpaceAccess access, Spaces spaces, Courses courses) {
        this.access = access;
        this.spaces = spaces;
        this.courses = courses;
    }

    /** A proposed group: its number and its members with the values they were grouped by. */
    public record GroupPreview(int number, List<MemberPreview> members) {
    }

    /** A member and the custom values read for them (facilitators only see these). */
    public record MemberPreview(UUID personId, Map<String, String> values) {
    }

    /** Someone who could not be placed, and why. */
    public record UnplacedPreview(UUID personId, String reason, Map<String, String> values) {
    }

    public record Preview(List<String> attributes, List<GroupPreview> groups, List<UnplacedPreview> unplaced,
                          ReportView report) {
    }

    /** The run's report, with constraint names as keys. */
    public record ReportView(double meanDiversity, double randomDiversity, double ratioToRandom, Map<String, Long> binding,
                             int repeatedPairs, long rounds, long millis) {
        static ReportView of(FormationReport report) {
            Map<String, Long> binding = new LinkedHashMap<>();
            report.binding().forEach((constraint, count) -> binding.put(constraint.name(), count));
            return new ReportView(report.meanDiversity(), report.randomDiversity(), report.ratioToRandom(), binding,
                    report.repeatedPairs().size(), report.rounds(), report.millis());
        }
    }

    /**
     * @param seed the proposal is the same for the same roster and seed; null: derived from the space
     */
    @Transactional
    public Preview propose(Actor actor, UUID spaceId, Long seed, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayFacilitate(in.membership())) {
            throw new AccessDenied("only facilitators form peer groups");
        }
        Map<UUID, Map<String, String>> custom = new LinkedHashMap<>();
        for (UUID courseId : spaces.linkedCourses(spaceId)) {
            for (CourseMembership m : courses.memberships(courseId, ROSTER_LIMIT)) {
                // Those who teach the course facilitate the programme; they are not grouped.
                if (m.status() == MembershipStatus.ACTIVE && !m.roles().teaches()) {
                    custom.merge(m.personId(), m.custom(), (a, b) -> {
                        Map<String, String> merged = new LinkedHashMap<>(b);
                        merged.putAll(a);
                        return merged;
                    });
                }
            }
        }
        // Only people who are still members of the space (not banned, not left).
        Map<UUID, Membership> memberships = spaces.memberships(spaceId, custom.keySet());
        custom.keySet().removeIf(person -> !SpacePolicy.mayView(memberships.get(person)));

        List<Participant> people = new ArrayList<>();
        // In a fixed order (rosters list members in the order they arrived, which may tie): the same
        // roster and seed then give the same proposal.
        custom.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                people.add(GroupingProfile.participant(e.getKey().toString(), e.getValue(), now)));
        boolean languages = people.stream().anyMatch(p -> !p.languages().isEmpty());
        boolean hours = people.stream().anyMatch(p -> p.hours() != null);
        FormationRequest request = new FormationRequest(people, GroupingProfile.attributes(people), GroupSize.DEFAULT,
                new HardConstraints(languages, hours ? OVERLAP_MINUTES : 0, true, Set.of()), List.of(),
                seed != null ? seed : spaceId.getMostSignificantBits() ^ spaceId.getLeastSignificantBits(), Budget.FORMING);
        Proposal proposal = PeerGroupFormation.form(request);

        List<GroupPreview> groups = proposal.groups().stream().map(g -> new GroupPreview(g.number(), g.members().stream()
                .map(id -> new MemberPreview(UUID.fromString(id), custom.get(UUID.fromString(id)))).toList())).toList();
        List<UnplacedPreview> unplaced = proposal.unplaced().entrySet().stream().map(e -> new UnplacedPreview(
                UUID.fromString(e.getKey()), e.getValue().name(), custom.get(UUID.fromString(e.getKey())))).toList();
        return new Preview(request.attributes().stream().map(a -> a.name()).toList(), groups, unplaced,
                ReportView.of(proposal.report()));
    }
}
