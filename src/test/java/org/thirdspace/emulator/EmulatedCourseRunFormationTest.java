package org.thirdspace.emulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdspace.community.peergroup.GroupingProfile;
import org.thirdspace.community.peergroup.formation.Attribute;
import org.thirdspace.community.peergroup.formation.Budget;
import org.thirdspace.community.peergroup.formation.FormationRequest;
import org.thirdspace.community.peergroup.formation.GroupSize;
import org.thirdspace.community.peergroup.formation.HardConstraints;
import org.thirdspace.community.peergroup.formation.Participant;
import org.thirdspace.community.peergroup.formation.PastRound;
import org.thirdspace.community.peergroup.formation.PeerGroupFormation;
import org.thirdspace.community.peergroup.formation.Proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's 300-person course run, formed as its acceptance story forms it (groups of 5-7,
 * department and region weighted, a shared language, two hours of working-time overlap): everyone
 * is placed, and a second round a month later puts nobody with someone they met in the first. The
 * people who speak one scarce language only (Hindi in Kolkata, Portuguese in São Paulo, German in
 * Berlin ...) are what made both fail before: they were left out, or grouped again.
 */
class EmulatedCourseRunFormationTest {

    private static final List<Attribute> ATTRIBUTES = List.of(Attribute.categorical("department", 2),
            Attribute.categorical("region", 2));
    private static final HardConstraints CONSTRAINTS = new HardConstraints(true, 120, false, Set.of());
    private static final Budget ROUNDS = new Budget(60_000, 300);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyoneIsPlacedAndTheSecondRoundRepeatsNoPair(long seed) {
        List<Participant> learners = learners();
        Proposal first = PeerGroupFormation.form(new FormationRequest(learners, ATTRIBUTES, GroupSize.DEFAULT, CONSTRAINTS,
                List.of(), seed, ROUNDS));
        PastRound met = new PastRound(1, first.groups().stream().map(Proposal.Group::members).toList());
        Proposal second = PeerGroupFormation.form(new FormationRequest(learners, ATTRIBUTES, GroupSize.DEFAULT, CONSTRAINTS,
                List.of(met), seed + 100, ROUNDS));

        assertThat(first.unplaced()).isEmpty();
        assertThat(second.unplaced()).isEmpty();
        assertThat(second.report().repeatedPairs()).isEmpty();
        assertThat(second.groups()).allSatisfy(g -> assertThat(g.members()).hasSizeBetween(5, 7));
    }

    private static List<Participant> learners() {
        List<String> keys = new ArrayList<>(List.of("ada", "chen", "dana", "elif", "farah"));
        Stream.iterate(0, i -> i + 1).limit(EmulatorDirectory.RUN_SIZE).forEach(i -> keys.add("m" + i));
        Instant now = Instant.parse("2026-12-04T12:00:00Z");
        return keys.stream()
                .map(key -> GroupingProfile.participant(key, EmulatedWorkProfile.of(EmulatorDirectory.RUN_COURSE, key), now))
                .toList();
    }
}
