package org.thirdspace.community.space;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SpaceRunTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aRunKeepsTheSpacesDescriptionAndRuleAndNamesTheCourse() {
        Space original = new Space(UUID.randomUUID(), "Cohort talk", "Talk with your cohort", "Long text", SpaceKind.COHORT,
                UUID.randomUUID(), NOW);
        original.copyRule(CourseCopies.NEW_RUN, NOW);
        UUID course = UUID.randomUUID();
        Space run = original.runFor(course, "Leading teams (March)", UUID.randomUUID(), NOW);
        assertThat(run.id()).isNotEqualTo(original.id());
        assertThat(run.organisationId()).isEqualTo(original.organisationId());
        assertThat(run.title()).isEqualTo("Cohort talk · Leading teams (March)");
        assertThat(run.purpose()).isEqualTo("Talk with your cohort");
        assertThat(run.kind()).isEqualTo(SpaceKind.COHORT);
        assertThat(run.courseCopies()).isEqualTo(CourseCopies.NEW_RUN);
        assertThat(run.runOf()).isEqualTo(original.id());
    }

    @Test
    void aRunTitleStaysWithinTheLimit() {
        Space original = new Space(UUID.randomUUID(), "t".repeat(Space.MAX_TITLE), null, null, SpaceKind.COHORT, UUID.randomUUID(), NOW);
        assertThat(original.runFor(UUID.randomUUID(), "Course", UUID.randomUUID(), NOW).title()).hasSize(Space.MAX_TITLE);
        assertThat(original.runFor(UUID.randomUUID(), null, UUID.randomUUID(), NOW).title()).isEqualTo(original.title());
    }

    @Test
    void communitiesOfPracticeOutliveCourseRunsWhileCohortsAndPeerGroupsStartAgain() {
        assertThat(SpaceKind.COMMUNITY_OF_PRACTICE.defaultCourseCopies()).isEqualTo(CourseCopies.JOIN);
        assertThat(SpaceKind.COHORT.defaultCourseCopies()).isEqualTo(CourseCopies.NEW_RUN);
        assertThat(SpaceKind.PEER_GROUP_PROGRAMME.defaultCourseCopies()).isEqualTo(CourseCopies.NEW_RUN);
        assertThat(new Space(UUID.randomUUID(), "x", null, null, SpaceKind.COHORT, UUID.randomUUID(), NOW).courseCopies())
                .as("a space made without a rule joins").isEqualTo(CourseCopies.JOIN);
    }
}
