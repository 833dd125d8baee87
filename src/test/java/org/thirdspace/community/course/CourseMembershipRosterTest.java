package org.thirdspace.community.course;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CourseMembershipRosterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final RoleSet LEARNER = new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false);
    private static final RoleSet INSTRUCTOR = new RoleSet(EnumSet.of(CourseRole.INSTRUCTOR), false, false);

    private static CourseMembership membership(RoleSet roles) {
        return new CourseMembership(UUID.randomUUID(), UUID.randomUUID(), roles, MembershipSource.LAUNCH, NOW);
    }

    @Test
    void theSameListingChangesNothing() {
        CourseMembership m = membership(LEARNER);
        assertThat(m.listInRoster(LEARNER, true, Map.of(), NOW)).isFalse();
        m.listInRoster(LEARNER, true, Map.of("cohort", "A"), NOW);
        assertThat(m.listInRoster(LEARNER, true, Map.of("cohort", "A"), NOW)).isFalse();
        assertThat(m.listInRoster(LEARNER, true, Map.of(), NOW)).as("no custom values listed: the known ones stay").isFalse();
        assertThat(m.custom()).isEqualTo(Map.of("cohort", "A"));
    }

    @Test
    void aLaunchsCustomValuesAreKeptUntilTheNextLaunchOrListing() {
        CourseMembership m = membership(LEARNER);
        assertThat(m.launchedWith(Map.of(), NOW)).as("a launch without custom values keeps what was known").isFalse();
        assertThat(m.launchedWith(Map.of("timezone", "Asia/Tokyo"), NOW)).isTrue();
        assertThat(m.launchedWith(Map.of("timezone", "Asia/Tokyo"), NOW)).as("unchanged: nothing written").isFalse();
        assertThat(m.custom()).isEqualTo(Map.of("timezone", "Asia/Tokyo"));
        m.listInRoster(LEARNER, true, Map.of("timezone", "Asia/Tokyo", "course_end", "2026-12-04T12:00:00Z"), NOW);
        assertThat(m.custom()).containsEntry("course_end", "2026-12-04T12:00:00Z");
        assertThat(m.launchedWith(Map.of(), NOW)).isFalse();
        assertThat(m.custom()).containsEntry("course_end", "2026-12-04T12:00:00Z");
    }

    @Test
    void rolesAndAccessFollowTheRoster() {
        CourseMembership m = membership(LEARNER);
        assertThat(m.listInRoster(INSTRUCTOR, true, Map.of(), NOW)).isTrue();
        assertThat(m.roles()).isEqualTo(INSTRUCTOR);
        assertThat(m.listInRoster(INSTRUCTOR, false, Map.of(), NOW)).isTrue();
        assertThat(m.isActive()).isFalse();
        assertThat(m.listInRoster(INSTRUCTOR, true, Map.of(), NOW)).as("listed active again: access comes back").isTrue();
        assertThat(m.isActive()).isTrue();
    }

    @Test
    void aRosterWithoutInstitutionRolesKeepsTheOrganisationFlagsALaunchGave() {
        CourseMembership m = membership(new RoleSet(EnumSet.of(CourseRole.LEARNER), true, false));
        assertThat(m.listInRoster(LEARNER, true, Map.of(), NOW)).isFalse();
        assertThat(m.roles().organisationAdministrator()).isTrue();
    }

    @Test
    void aLaunchsRolesHoldUntilALaterLaunchAndTheRosterOnlyFillsInThoseWhoNeverLaunched() {
        // Moodle: a non-editing teacher launches as an Instructor and is listed as a Learner.
        CourseMembership teacher = membership(INSTRUCTOR);
        teacher.recordLaunch(NOW);
        assertThat(teacher.listInRoster(LEARNER, true, Map.of(), NOW.plusSeconds(60))).as("nothing to change").isFalse();
        assertThat(teacher.roles()).isEqualTo(INSTRUCTOR);
        assertThat(teacher.confirm(INSTRUCTOR, NOW.plusSeconds(120))).as("the next launch: no flip either").isFalse();
        assertThat(teacher.listInRoster(LEARNER, false, Map.of(), NOW.plusSeconds(180))).as("the roster still removes").isTrue();
        assertThat(teacher.isActive()).isFalse();
        assertThat(teacher.confirm(LEARNER, NOW.plusSeconds(240))).as("a later launch says otherwise").isTrue();
        assertThat(teacher.roles()).isEqualTo(LEARNER);

        CourseMembership neverLaunched = new CourseMembership(UUID.randomUUID(), UUID.randomUUID(), LEARNER, MembershipSource.ROSTER, NOW);
        assertThat(neverLaunched.listInRoster(INSTRUCTOR, true, Map.of(), NOW)).isTrue();
        assertThat(neverLaunched.roles()).isEqualTo(INSTRUCTOR);
    }
}
