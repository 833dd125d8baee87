package org.thirdspace.community.roster;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.coursegroup.CourseGroupMember;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GroupPlacementTest {

    static final UUID COURSE = UUID.randomUUID();
    static final UUID PERSON = UUID.randomUUID();
    static final UUID RED = UUID.randomUUID();
    static final UUID BLUE = UUID.randomUUID();
    static final UUID RETIRED = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void joinsTheListedGroupsAndLeavesActiveGroupsTheListingNoLongerNames() {
        CourseGroupMember inBlue = new CourseGroupMember(COURSE, BLUE, PERSON, NOW.minusSeconds(60));
        CourseGroupMember inRetired = new CourseGroupMember(COURSE, RETIRED, PERSON, NOW.minusSeconds(60));
        GroupPlacement placement = GroupPlacement.of(COURSE, Map.of(PERSON, List.of("red")), List.of(inBlue, inRetired),
                Map.of("red", RED, "blue", BLUE), NOW);
        assertThat(placement.joined()).singleElement().satisfies(m -> {
            assertThat(m.groupId()).isEqualTo(RED);
            assertThat(m.personId()).isEqualTo(PERSON);
        });
        assertThat(placement.left()).as("a retired group keeps its members").containsExactly(inBlue);
        assertThat(placement.unknown()).isZero();
    }

    @Test
    void aGroupAlreadyJoinedIsNotJoinedAgainAndUnknownKeysAreCounted() {
        CourseGroupMember inRed = new CourseGroupMember(COURSE, RED, PERSON, NOW.minusSeconds(60));
        GroupPlacement placement = GroupPlacement.of(COURSE, Map.of(PERSON, List.of("red", "nowhere", "elsewhere")),
                List.of(inRed), Map.of("red", RED), NOW);
        assertThat(placement.joined()).isEmpty();
        assertThat(placement.left()).isEmpty();
        assertThat(placement.unknown()).isEqualTo(2);
    }
}
