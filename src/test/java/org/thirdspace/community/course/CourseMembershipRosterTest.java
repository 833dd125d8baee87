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
}
