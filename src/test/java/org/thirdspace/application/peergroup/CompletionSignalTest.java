package org.thirdspace.application.peergroup;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a completion in the custom values a launch, a listing or an upload carries. */
class CompletionSignalTest {

    @Test
    void trueOrADateIsACompletion() {
        assertThat(ProgrammeRoster.completed(Map.of("course_completed", "true"))).isTrue();
        assertThat(ProgrammeRoster.completed(Map.of("course_completed", " TRUE "))).isTrue();
        assertThat(ProgrammeRoster.completed(Map.of("course_completed", "2026-11-30"))).isTrue();
        assertThat(ProgrammeRoster.completed(Map.of("course_completed", "2026-11-30T16:00:00Z"))).isTrue();
        assertThat(ProgrammeRoster.completed(Map.of("course_completed", "2026-11-30T16:00:00+05:30"))).isTrue();
    }

    @Test
    void falseAnUnsubstitutedVariableOrNothingIsNone() {
        assertThat(ProgrammeRoster.completed(Map.of("course_completed", "false"))).isFalse();
        assertThat(ProgrammeRoster.completed(Map.of("course_completed", "$Result.completed"))).isFalse();
        assertThat(ProgrammeRoster.completed(Map.of("course_completed", " "))).isFalse();
        assertThat(ProgrammeRoster.completed(Map.of("course_end", "2026-11-30T16:00:00Z"))).isFalse();
        assertThat(ProgrammeRoster.completed(new HashMap<>())).isFalse();
        assertThat(ProgrammeRoster.completed(null)).isFalse();
    }
}
