package org.thirdspace.community.peergroup.formation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeerGroupFormationTest {

    private static final Budget ROUNDS = new Budget(60_000, 50);
    private static final List<Attribute> DEPARTMENT = List.of(Attribute.categorical("department", 1));

    /** {@code n} people, department {@code i % departments}, all speaking {@code language} at {@code offset}. */
    private static List<Participant> people(String prefix, int n, int departments, String language, int offsetMinutes) {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(Participant.of(prefix + i).withCategory("department", "d" + i % departments)
                    .withLanguages(Set.of(language)).withHours(WorkingHours.officeHours(offsetMinutes)));
        }
        return people;
    }

    private static FormationRequest request(List<Participant> people, HardConstraints constraints) {
        return new FormationRequest(people, DEPARTMENT, GroupSize.DEFAULT, constraints, List.of(), 42, ROUNDS);
    }

    @Test
    void groupsAsDiverseAsTheDepartmentsAllow() {
        // 36 people in 6 departments: six groups of six, each with one person of every department.
        FormationRequest request = request(people("p", 36, 6, "en", 0), HardConstraints.NONE);

        Proposal proposal = PeerGroupFormation.form(request);

        assertThat(proposal.groups()).hasSize(6).allSatisfy(g -> assertThat(g.members()).hasSize(6));
        assertThat(proposal.report().meanDiversity()).isEqualTo(1.0);
        assertThat(proposal.report().ratioToRandom()).isGreaterThan(1.0);
        Invariants.assertHolds(request, proposal);
    }

    @Test
    void peopleWhoOptedOutAreNeverPlaced() {
        List<Participant> people = new ArrayList<>(people("p", 12, 3, "en", 0));
        people.set(4, people.get(4).optingOut());

        Proposal proposal = PeerGroupFormation.form(request(people, HardConstraints.NONE));

        assertThat(proposal.unplaced()).containsEntry("p4", UnplacedReason.OPTED_OUT).hasSize(1);
        assertThat(proposal.groupOf("p4")).isEmpty();
    }

    @Test
    void tooFewPeopleForOneGroupAreAllUnplacedWithThatReason() {
        Proposal proposal = PeerGroupFormation.form(request(people("p", 4, 2, "en", 0), HardConstraints.NONE));

        assertThat(proposal.groups()).isEmpty();
        assertThat(proposal.unplaced()).hasSize(4).containsValue(UnplacedReason.TOO_FEW_PEOPLE);
    }

    @Test
    void groupsShareALanguageAndTheOneWhoSharesNoneIsLeftOutWithTheReason() {
        List<Participant> people = new ArrayList<>();
        people.addAll(people("fr", 12, 4, "fr", 60));
        people.addAll(people("de", 12, 4, "de", 60));
        people.add(Participant.of("ja").withLanguages(Set.of("ja")).withHours(WorkingHours.officeHours(60)));
        FormationRequest request = request(people, new HardConstraints(true, 0, false, Set.of()));

        Proposal proposal = PeerGroupFormation.form(request);

        Invariants.assertHolds(request, proposal);
        assertThat(proposal.unplaced()).containsExactly(java.util.Map.entry("ja", UnplacedReason.NO_SHARED_LANGUAGE));
        assertThat(proposal.groups()).allSatisfy(g ->
                assertThat(g.members().stream().map(m -> m.substring(0, 2)).distinct()).hasSize(1));
    }

    @Test
    void workingHoursThatDoNotOverlapEnoughAreNeverGroupedAndALoneTimeZoneIsLeftOut() {
        List<Participant> people = new ArrayList<>();
        people.addAll(people("tokyo", 12, 4, "en", 540));
        people.addAll(people("paris", 12, 4, "en", 60));
        // Denver works 16:00-24:00 UTC: no overlap with Paris (08-16) or Tokyo (00-08).
        people.add(Participant.of("denver").withLanguages(Set.of("en")).withHours(WorkingHours.officeHours(-420)));
        FormationRequest request = request(people, new HardConstraints(true, 120, false, Set.of()));

        Proposal proposal = PeerGroupFormation.form(request);

        Invariants.assertHolds(request, proposal);
        assertThat(proposal.unplaced()).containsEntry("denver", UnplacedReason.NOT_ENOUGH_OVERLAP);
        assertThat(proposal.groups()).allSatisfy(g ->
                assertThat(g.members().stream().map(m -> m.substring(0, 4)).distinct()).hasSize(1));
        assertThat(proposal.report().binding()).containsKey(Constraint.WORKING_HOURS);
    }

    @Test
    void overlapIsCountedInUtcQuarterHours() {
        assertThat(Invariants.overlapMinutes(List.of(people("a", 1, 1, "en", 0).get(0), people("b", 1, 1, "en", -300).get(0))))
                .isEqualTo(180);
        long[] paris = WorkingHours.officeHours(60).utcSlots();
        long[] newYork = WorkingHours.officeHours(-300).utcSlots();
        assertThat(Long.bitCount(paris[0] & newYork[0]) + Long.bitCount(paris[1] & newYork[1])).isEqualTo(8);
        long[] kathmandu = WorkingHours.officeHours(345).utcSlots();
        assertThat(Long.bitCount(kathmandu[0]) + Long.bitCount(kathmandu[1])).isEqualTo(32);
    }

    @Test
    void teamsAndNeverTogetherPairsAreKeptApart() {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            people.add(Participant.of("p" + i).withCategory("department", "d" + i % 2).withTeam("t" + i % 8));
        }
        Set<HardConstraints.Pair> never = Set.of(new HardConstraints.Pair("p0", "p1"), new HardConstraints.Pair("p2", "p3"));
        FormationRequest request = request(people, new HardConstraints(false, 0, true, never));

        Proposal proposal = PeerGroupFormation.form(request);

        Invariants.assertHolds(request, proposal);
        assertThat(proposal.unplaced()).isEmpty();
    }

    @Test
    void aSecondRoundKeepsApartThoseWhoMetAndReportsWhoMustMeetAgain() {
        FormationRequest first = request(people("p", 36, 6, "en", 0), HardConstraints.NONE);
        Proposal round1 = PeerGroupFormation.form(first);
        PastRound past = new PastRound(1, round1.groups().stream().map(Proposal.Group::members).toList());

        Proposal round2 = PeerGroupFormation.form(new FormationRequest(first.people(), DEPARTMENT, new GroupSize(6, 6, 6),
                HardConstraints.NONE, List.of(past), 7, ROUNDS));
        assertThat(round2.report().repeatedPairs()).isEmpty();

        // Twelve people in two groups of six, then in one group of twelve: meeting again is unavoidable.
        FormationRequest small = new FormationRequest(people("q", 12, 6, "en", 0), DEPARTMENT, new GroupSize(6, 6, 6),
                HardConstraints.NONE, List.of(), 1, ROUNDS);
        Proposal before = PeerGroupFormation.form(small);
        Proposal again = PeerGroupFormation.form(new FormationRequest(small.people(), DEPARTMENT, new GroupSize(12, 12, 12),
                HardConstraints.NONE, List.of(new PastRound(2, before.groups().stream().map(Proposal.Group::members).toList())),
                1, ROUNDS));
        assertThat(again.report().repeatedPairs()).hasSize(30).allSatisfy(p -> assertThat(p.roundsAgo()).isEqualTo(2));
    }

    @Test
    void aSecondRoundOfExactSizesWithAPairKeptApartPlacesEveryoneAndRepeatsNobody() {
        // Twelve people in groups of exactly three, l00 and l01 never together. With this first round
        // and seed, keeping those who met apart as a rule left the last three, l00, l01 and l02, out.
        List<Participant> people = new ArrayList<>();
        String[] departments = {"Sales", "Finance", "Research", "Legal"};
        for (int i = 0; i < 12; i++) {
            people.add(Participant.of(String.format("l%02d", i)).withCategory("department", departments[i % 4])
                    .withCategory("region", i % 2 == 0 ? "EMEA" : "APAC"));
        }
        PastRound first = new PastRound(1, List.of(List.of("l06", "l03", "l00"), List.of("l01", "l10", "l07"),
                List.of("l02", "l08", "l05"), List.of("l04", "l11", "l09")));
        FormationRequest request = new FormationRequest(people, List.of(Attribute.categorical("department", 1),
                Attribute.categorical("region", 1)), new GroupSize(3, 3, 3), new HardConstraints(false, 0, false,
                Set.of(new HardConstraints.Pair("l00", "l01"))), List.of(first), 4, ROUNDS);

        Proposal proposal = PeerGroupFormation.form(request);

        assertThat(proposal.unplaced()).isEmpty();
        assertThat(proposal.groups()).hasSize(4);
        assertThat(proposal.report().repeatedPairs()).isEmpty();
        Invariants.assertHolds(request, proposal);
    }

    @Test
    void theSameSeedGivesTheSameProposalAndAnotherSeedMayNot() {
        FormationRequest request = GeneratedRosters.request(GeneratedRosters.roster(200, 3, 0.8, 0.1), 5, ROUNDS);

        assertThat(PeerGroupFormation.form(request)).usingRecursiveComparison().ignoringFields("report.millis")
                .isEqualTo(PeerGroupFormation.form(request));
    }

    @Test
    void aSwapIsKeptAndTheRestReoptimised() {
        FormationRequest request = GeneratedRosters.request(GeneratedRosters.roster(120, 9, 1.0, 0.0),
                9, ROUNDS).withPeople(GeneratedRosters.roster(120, 9, 1.0, 0.0).stream()
                .map(p -> p.withHours(WorkingHours.officeHours(0))).toList());
        Proposal proposal = PeerGroupFormation.form(request);
        String a = proposal.groups().get(0).members().get(0);
        String b = proposal.groups().get(1).members().get(0);

        Proposal edited = PeerGroupFormation.reoptimise(request, proposal, List.of(new Edit.Swap(a, b), new Edit.Lock(
                proposal.groups().get(2).members().get(0))));

        assertThat(edited.groupOf(a).orElseThrow().number()).isEqualTo(proposal.groups().get(1).number());
        assertThat(edited.groupOf(b).orElseThrow().number()).isEqualTo(proposal.groups().get(0).number());
        assertThat(edited.groupOf(proposal.groups().get(2).members().get(0)).orElseThrow().number())
                .isEqualTo(proposal.groups().get(2).number());
        Invariants.assertHolds(request, edited);
    }

    @Test
    void editsThatBreakAConstraintOrASizeAreRefused() {
        List<Participant> people = new ArrayList<>();
        people.addAll(people("fr", 12, 4, "fr", 60));
        people.addAll(people("de", 12, 4, "de", 60));
        FormationRequest request = request(people, new HardConstraints(true, 0, false, Set.of()));
        Proposal proposal = PeerGroupFormation.form(request);
        int german = proposal.groupOf("de0").orElseThrow().number();

        assertThatThrownBy(() -> PeerGroupFormation.reoptimise(request, proposal, List.of(new Edit.Swap("fr0", "de0"))))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.constraint()).isEqualTo(Constraint.SHARED_LANGUAGE));
        assertThatThrownBy(() -> PeerGroupFormation.reoptimise(request, proposal, List.of(new Edit.Move("fr0", german))))
                .isInstanceOf(EditRefused.class);
        assertThatThrownBy(() -> PeerGroupFormation.reoptimise(request, proposal, List.of(new Edit.Move("nobody", german))))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.constraint()).isNull());
    }

    @Test
    void aLateJoinerGoesWhereTheyAddMostWithinTheConstraints() {
        List<Participant> people = new ArrayList<>();
        people.addAll(people("fr", 12, 4, "fr", 60));
        people.addAll(people("de", 12, 4, "de", 60));
        FormationRequest request = request(people, new HardConstraints(true, 0, false, Set.of()));
        Proposal proposal = PeerGroupFormation.form(request);

        List<Participant> later = new ArrayList<>(people);
        later.add(Participant.of("late").withCategory("department", "d9").withLanguages(Set.of("de"))
                .withHours(WorkingHours.officeHours(60)));
        later.add(Participant.of("alone").withLanguages(Set.of("ja")));
        Proposal placed = PeerGroupFormation.placeLateJoiner(request.withPeople(later), proposal, "late");
        Proposal notPlaced = PeerGroupFormation.placeLateJoiner(request.withPeople(later), placed, "alone");

        assertThat(placed.groupOf("late").orElseThrow().members()).allMatch(m -> m.startsWith("de") || m.equals("late"));
        assertThat(placed.groupOf("late").orElseThrow().members()).hasSize(7);
        assertThat(notPlaced.unplaced()).containsEntry("alone", UnplacedReason.NO_SHARED_LANGUAGE);
        Invariants.assertHolds(request.withPeople(later), notPlaced);
    }

    @Test
    void aGroupBelowAViableSizeIsSpreadOverTheOthersOrMerged() {
        FormationRequest request = request(people("p", 36, 6, "en", 0), HardConstraints.NONE);
        Proposal proposal = PeerGroupFormation.form(request);
        // Four members of group 1 left the course.
        Set<String> left = new HashSet<>(proposal.groups().get(0).members().subList(0, 4));
        FormationRequest now = request.withPeople(request.people().stream().filter(p -> !left.contains(p.id())).toList());

        PeerGroupFormation.Reformation reformation = PeerGroupFormation.reform(now, proposal, 3);

        assertThat(reformation.redistributed()).containsExactly(proposal.groups().get(0).number());
        assertThat(reformation.proposal().groups()).hasSize(5).allSatisfy(g -> assertThat(g.members().size()).isBetween(6, 7));
        Invariants.assertHolds(now, reformation.proposal());

        // With every other group full, two small groups merge instead.
        Set<String> leftTwo = new HashSet<>(left);
        leftTwo.addAll(proposal.groups().get(1).members().subList(0, 4));
        FormationRequest fewer = request.withPeople(request.people().stream().filter(p -> !leftTwo.contains(p.id())).toList());
        PeerGroupFormation.Reformation merge = PeerGroupFormation.reform(fewer,
                new Proposal(proposal.groups(), java.util.Map.of(), proposal.report()), 3);
        assertThat(merge.proposal().groups().stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(28);
    }

    @Test
    void distanceMatrixInstancesGetEqualGroupsAndTheirTrueObjective() {
        double[][] d = GeneratedRosters.ranReal(60, 1);
        PeerGroupFormation.MatrixGrouping result = PeerGroupFormation.groupByDistances(d, 10, 3, new Budget(60_000, 100));

        int[] sizes = new int[10];
        for (int g : result.groupOf()) {
            sizes[g]++;
        }
        assertThat(sizes).containsOnly(6);
        double objective = 0;
        for (int i = 0; i < 60; i++) {
            for (int j = i + 1; j < 60; j++) {
                objective += result.groupOf()[i] == result.groupOf()[j] ? d[i][j] : 0;
            }
        }
        assertThat(result.objective()).isCloseTo(objective, org.assertj.core.data.Offset.offset(1e-9));
        // Random groups of six over uniform [0,1) distances sum to about 15 × 10 × 0.5 = 75.
        assertThat(result.objective()).isGreaterThan(100);
    }
}
