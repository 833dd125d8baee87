package org.thirdspace.community.space;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.organisation.SpaceCreation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SpacePolicyTest {

    static Membership as(SpaceRole role) {
        return new Membership(UUID.randomUUID(), UUID.randomUUID(), role, SpaceMembershipStatus.ACTIVE, true);
    }

    static Space space(boolean archived) {
        Space space = new Space(UUID.randomUUID(), "S", null, null, SpaceKind.COMMUNITY_OF_PRACTICE, UUID.randomUUID(), Instant.now());
        space.archive(archived, Instant.now());
        return space;
    }

    @Test
    void membersPostButNotInArchivedSpaces() {
        assertThat(SpacePolicy.mayStartThread(as(SpaceRole.MEMBER), space(false))).isTrue();
        assertThat(SpacePolicy.mayStartThread(as(SpaceRole.FACILITATOR), space(true))).isFalse();
        assertThat(SpacePolicy.mayStartThread(null, space(false))).isFalse();
    }

    @Test
    void lockedThreadsTakeRepliesFromModeratorsOnly() {
        assertThat(SpacePolicy.mayReply(as(SpaceRole.MEMBER), space(false), true)).isFalse();
        assertThat(SpacePolicy.mayReply(as(SpaceRole.MODERATOR), space(false), true)).isTrue();
        assertThat(SpacePolicy.mayReply(as(SpaceRole.MEMBER), space(false), false)).isTrue();
    }

    @Test
    void rolesGrantWhatTheirNamesSay() {
        for (SpaceRole role : SpaceRole.values()) {
            assertThat(SpacePolicy.mayFacilitate(as(role))).as(role.name()).isEqualTo(role == SpaceRole.FACILITATOR);
            assertThat(SpacePolicy.mayModerate(as(role))).as(role.name()).isEqualTo(role == SpaceRole.FACILITATOR || role == SpaceRole.MODERATOR);
        }
        Membership left = new Membership(UUID.randomUUID(), UUID.randomUUID(), SpaceRole.FACILITATOR, SpaceMembershipStatus.LEFT, true);
        assertThat(SpacePolicy.mayFacilitate(left)).isFalse();
        assertThat(SpacePolicy.mayView(left)).isFalse();
    }

    @Test
    void onlyTeachersAndOrganisationAdminsCreateSpaces() {
        assertThat(SpacePolicy.mayCreateSpace(new RoleSet(EnumSet.of(CourseRole.CONTENT_DEVELOPER), false, false), SpaceCreation.INSTRUCTORS_AND_ADMINS)).isTrue();
        assertThat(SpacePolicy.mayCreateSpace(new RoleSet(EnumSet.noneOf(CourseRole.class), true, false), SpaceCreation.INSTRUCTORS_AND_ADMINS)).isTrue();
        assertThat(SpacePolicy.mayCreateSpace(new RoleSet(EnumSet.of(CourseRole.LEARNER, CourseRole.MENTOR), false, false), SpaceCreation.INSTRUCTORS_AND_ADMINS)).isFalse();
    }

    @Test
    void anOrganisationThatKeepsSpacesToItsAdminsRefusesInstructors() {
        RoleSet instructor = new RoleSet(EnumSet.of(CourseRole.INSTRUCTOR), false, false);
        RoleSet admin = new RoleSet(EnumSet.noneOf(CourseRole.class), true, false);
        assertThat(SpacePolicy.mayCreateSpace(instructor, SpaceCreation.ADMINS_ONLY)).isFalse();
        assertThat(SpacePolicy.mayCreateSpace(admin, SpaceCreation.ADMINS_ONLY)).isTrue();
        assertThat(SpacePolicy.mayCreateSpace(instructor, SpaceCreation.INSTRUCTORS_AND_ADMINS)).isTrue();
    }
}
