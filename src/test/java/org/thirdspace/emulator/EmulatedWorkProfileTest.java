package org.thirdspace.emulator;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EmulatedWorkProfileTest {

    /**
     * Most generated members share English, a few (about one in eighteen) do not: over 5,000 members
     * of 50 courses the share lies well inside that, the same on every run (the values are seeded by
     * course and member).
     */
    @Test
    void mostMembersShareEnglishAndSomeDoNot() {
        List<Map<String, String>> members = IntStream.range(0, 50).boxed()
                .flatMap(course -> IntStream.rangeClosed(1, 100).mapToObj(n -> EmulatedWorkProfile.of("course-" + course, "m" + n)))
                .toList();
        long withoutEnglish = members.stream().filter(m -> !List.of(m.get("languages").split(",")).contains("en")).count();

        assertThat(withoutEnglish).isBetween(members.size() / 40L, members.size() / 10L);
    }

    @Test
    void aMembersValuesAreTheSameEachTime() {
        assertThat(EmulatedWorkProfile.of("course-1", "m7")).isEqualTo(EmulatedWorkProfile.of("course-1", "m7"));
    }
}
