package org.thirdspace.community.peergroup.formation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of forming over generated rosters: sizes, languages, working hours, teams, never-together
 * pairs and opt-outs always hold; everyone unplaced has a reason; a seed gives one result; a second
 * round repeats no pair while that can be avoided. The cases are drawn from a fixed seed (JUnit
 * parameterized tests; each case's name carries its values, so a failure can be replayed), few
 * enough and with budgets counted in rounds, so the suite stays quick.
 */
class FormationPropertiesTest {

    private static final Budget ROUNDS = new Budget(60_000, 40);
    /** Change it to draw other cases; a failing case keeps its values in its name. */
    private static final long CASES_SEED = 20_261_204L;

    static Stream<Arguments> rosters() {
        SplittableRandom r = new SplittableRandom(CASES_SEED);
        return IntStream.range(0, 25).mapToObj(i -> Arguments.of(r.nextInt(261), r.nextLong(1_000_001), r.nextInt(101),
                r.nextInt(41), r.nextInt(7), r.nextBoolean(), r.nextBoolean(), r.nextInt(31), r.nextInt(21), 2 + r.nextInt(5),
                r.nextInt(4)));
    }

    static Stream<Arguments> sizesAndSeeds(int cases, int minPeople, int maxPeople) {
        SplittableRandom r = new SplittableRandom(CASES_SEED + minPeople);
        return IntStream.range(0, cases).mapToObj(i -> Arguments.of(minPeople + r.nextInt(maxPeople - minPeople + 1), r.nextLong(1_000_001)));
    }

    static Stream<Arguments> seeds() {
        return sizesAndSeeds(15, 1, 300);
    }

    static Stream<Arguments> groupCounts() {
        return sizesAndSeeds(6, 6, 12);
    }

    static Stream<Arguments> editable() {
        return sizesAndSeeds(15, 30, 200);
    }

    @ParameterizedTest(name = "people={0} seed={1} english%={2} unknown%={3} overlap={4}h language={5} teams={6} never={7} "
            + "optedOut%={8} min={9} +{10}")
    @MethodSource("rosters")
    void hardConstraintsAndSizesAlwaysHold(int people, long seed, int englishPercent, int unknownPercent, int overlapHours,
                                           boolean sharedLanguage, boolean teamsApart, int neverPairs, int optedOutPercent,
                                           int min, int aboveMin) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Participant> roster = GeneratedRosters.roster(people, seed, englishPercent / 100.0, unknownPercent / 100.0)
                .stream().map(p -> random.nextInt(100) < optedOutPercent ? p.optingOut() : p).toList();
        Set<HardConstraints.Pair> never = new HashSet<>();
        for (int k = 0; k < neverPairs && people > 1; k++) {
            int a = random.nextInt(people);
            int b = random.nextInt(people);
            if (a != b) {
                never.add(new HardConstraints.Pair("p" + a, "p" + b));
            }
        }
        GroupSize size = new GroupSize(min + aboveMin / 2, min, min + aboveMin);
        FormationRequest request = new FormationRequest(roster, GeneratedRosters.FOUR_ATTRIBUTES, size,
                new HardConstraints(sharedLanguage, overlapHours * 60, teamsApart, never), List.of(), seed, ROUNDS);

        Proposal proposal = PeerGroupFormation.form(request);

        Invariants.assertHolds(request, proposal);
    }

    @ParameterizedTest(name = "people={0} seed={1}")
    @MethodSource("seeds")
    void aSeedGivesOneProposal(int people, long seed) {
        FormationRequest request = GeneratedRosters.request(GeneratedRosters.roster(people, seed, 0.8, 0.1), seed, ROUNDS);

        Proposal first = PeerGroupFormation.form(request);
        Proposal second = PeerGroupFormation.form(request);

        assertThat(second.groups()).isEqualTo(first.groups());
        assertThat(second.unplaced()).isEqualTo(first.unplaced());
        assertThat(second.report().objective()).isEqualTo(first.report().objective());
    }

    /**
     * With at least as many earlier groups as a group has members, every new group can take each
     * member from a different earlier group: no pair needs to meet twice, and none does.
     */
    @ParameterizedTest(name = "groups={0} seed={1}")
    @MethodSource("groupCounts")
    void aSecondRoundRepeatsNoPairWhileThatIsAvoidable(int groups, long seed) {
        List<Participant> roster = GeneratedRosters.roster(groups * 6, seed, 1.0, 0.0);
        FormationRequest first = new FormationRequest(roster, GeneratedRosters.FOUR_ATTRIBUTES, new GroupSize(6, 6, 6),
                HardConstraints.NONE, List.of(), seed, ROUNDS);
        Proposal round1 = PeerGroupFormation.form(first);
        assertThat(round1.unplaced()).isEmpty();

        PastRound past = new PastRound(1, round1.groups().stream().map(Proposal.Group::members).toList());
        FormationRequest second = new FormationRequest(roster, GeneratedRosters.FOUR_ATTRIBUTES, new GroupSize(6, 6, 6),
                HardConstraints.NONE, List.of(past), seed + 1, new Budget(60_000, 60));
        Proposal round2 = PeerGroupFormation.form(second);

        assertThat(round2.report().repeatedPairs()).isEmpty();
        Set<Set<String>> met = Invariants.pairs(round1);
        met.retainAll(Invariants.pairs(round2));
        assertThat(met).isEmpty();
    }

    @ParameterizedTest(name = "people={0} seed={1}")
    @MethodSource("editable")
    void editsKeepTheConstraintsAndTheEditedPeople(int people, long seed) {
        FormationRequest request = GeneratedRosters.request(GeneratedRosters.roster(people, seed, 0.9, 0.1), seed, ROUNDS);
        Proposal proposal = PeerGroupFormation.form(request);
        if (proposal.groups().size() < 2) {
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        Proposal.Group g1 = proposal.groups().get(random.nextInt(proposal.groups().size()));
        Proposal.Group g2 = proposal.groups().get(random.nextInt(proposal.groups().size()));
        String a = g1.members().get(random.nextInt(g1.members().size()));
        String b = g2.members().get(random.nextInt(g2.members().size()));
        try {
            Proposal edited = PeerGroupFormation.reoptimise(request, proposal, List.of(new Edit.Swap(a, b)));
            Invariants.assertHolds(request, edited);
            assertThat(edited.groupOf(a).orElseThrow().number()).isEqualTo(g2.number());
            assertThat(edited.groupOf(b).orElseThrow().number()).isEqualTo(g1.number());
        } catch (EditRefused refused) {
            assertThat(refused.constraint()).isNotNull();
        }
    }
}
