package org.thirdspace.community.space;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipTest {

    static final UUID SPACE = UUID.randomUUID();
    static final UUID PERSON = UUID.randomUUID();
    static final RoleSet LEARNER = new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false);
    static final RoleSet INSTRUCTOR = new RoleSet(EnumSet.of(CourseRole.INSTRUCTOR), false, false);
    static final RoleSet ADMIN_ONLY = new RoleSet(EnumSet.noneOf(CourseRole.class), true, false);

    static SpaceMember own(SpaceRole role, SpaceMembershipStatus status) {
        SpaceMember member = new SpaceMember(SPACE, PERSON, role, Instant.now());
        member.changeStatus(status);
        return member;
    }

    @Test
    void aCourseMembershipMakesAMemberAndTeachingMakesAFacilitator() {
        assertThat(Membership.resolve(SPACE, PERSON, null, List.of(LEARNER)).orElseThrow().role()).isEqualTo(SpaceRole.MEMBER);
        assertThat(Membership.resolve(SPACE, PERSON, null, List.of(LEARNER, INSTRUCTOR)).orElseThrow().role()).isEqualTo(SpaceRole.FACILITATOR);
        assertThat(Membership.resolve(SPACE, PERSON, null, List.of(ADMIN_ONLY)).orElseThrow().role())
                .as("an organisation admin is no facilitator by that role").isEqualTo(SpaceRole.MEMBER);
    }

    @Test
    void noCourseAndNoGivenRoleIsNoMembership() {
        assertThat(Membership.resolve(SPACE, PERSON, null, List.of())).isEmpty();
        assertThat(Membership.resolve(SPACE, PERSON, own(null, SpaceMembershipStatus.ACTIVE), List.of()))
                .as("a past visit alone is not membership").isEmpty();
    }

    @Test
    void aGivenRoleAddsToTheCourseRoleAndAGuestNeedsNoCourse() {
        assertThat(Membership.resolve(SPACE, PERSON, own(SpaceRole.MODERATOR, SpaceMembershipStatus.ACTIVE), List.of(LEARNER))
                .orElseThrow().role()).isEqualTo(SpaceRole.MODERATOR);
        assertThat(Membership.resolve(SPACE, PERSON, own(SpaceRole.MEMBER, SpaceMembershipStatus.ACTIVE), List.of(INSTRUCTOR))
                .orElseThrow().role()).as("a given role never lowers").isEqualTo(SpaceRole.FACILITATOR);
        Membership guest = Membership.resolve(SPACE, PERSON, own(SpaceRole.GUEST_EXPERT, SpaceMembershipStatus.ACTIVE), List.of()).orElseThrow();
        assertThat(guest.role()).isEqualTo(SpaceRole.GUEST_EXPERT);
        assertThat(guest.throughCourse()).isFalse();
    }

    @Test
    void leavingEndsMembershipWhileDormancyKeepsIt() {
        assertThat(Membership.resolve(SPACE, PERSON, own(null, SpaceMembershipStatus.LEFT), List.of(LEARNER)).orElseThrow().isMember()).isFalse();
        Membership dormant = Membership.resolve(SPACE, PERSON, own(null, SpaceMembershipStatus.DORMANT), List.of(LEARNER)).orElseThrow();
        assertThat(dormant.isMember()).isTrue();
        assertThat(dormant.status()).isEqualTo(SpaceMembershipStatus.DORMANT);
    }

    @Test
    void aVisitWakesADormantMember() {
        SpaceMember member = own(null, SpaceMembershipStatus.DORMANT);
        member.seen(Instant.now().plusSeconds(3600));
        assertThat(member.status()).isEqualTo(SpaceMembershipStatus.ACTIVE);
    }
}
