package org.thirdspace.community.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.SpaceMembershipStatus;
import org.thirdspace.community.space.SpaceRole;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.community.moderation.ModerationState.DISMISSED;
import static org.thirdspace.community.moderation.ModerationState.ESCALATED;
import static org.thirdspace.community.moderation.ModerationState.PENDING;
import static org.thirdspace.community.moderation.ModerationState.UPHELD;

class SafeSpacePolicyTest {

    static final UUID SPACE = UUID.randomUUID();

    static Membership as(SpaceRole role) {
        return new Membership(SPACE, UUID.randomUUID(), role, SpaceMembershipStatus.ACTIVE, true);
    }

    static Membership left(SpaceRole role) {
        return new Membership(SPACE, UUID.randomUUID(), role, SpaceMembershipStatus.LEFT, true);
    }

    @Test
    void aSuspensionIsToldBeforeTheCodeOfConduct() {
        assertThat(SafeSpacePolicy.writeRefusal(true, false)).contains(SafeSpacePolicy.WriteRefusal.SUSPENDED);
        assertThat(SafeSpacePolicy.writeRefusal(true, true)).contains(SafeSpacePolicy.WriteRefusal.SUSPENDED);
        assertThat(SafeSpacePolicy.writeRefusal(false, false)).contains(SafeSpacePolicy.WriteRefusal.CONDUCT_NOT_ACCEPTED);
        assertThat(SafeSpacePolicy.writeRefusal(false, true)).isEqualTo(Optional.empty());
        assertThat(SafeSpacePolicy.WriteRefusal.CONDUCT_NOT_ACCEPTED.code()).isEqualTo("conduct-not-accepted");
    }

    @Test
    void membersReportOthersPostsThatStillExist() {
        assertThat(SafeSpacePolicy.mayReport(as(SpaceRole.MEMBER), false, false)).isTrue();
        assertThat(SafeSpacePolicy.mayReport(as(SpaceRole.MEMBER), true, false)).isFalse();
        assertThat(SafeSpacePolicy.mayReport(as(SpaceRole.MEMBER), false, true)).isFalse();
        assertThat(SafeSpacePolicy.mayReport(left(SpaceRole.MEMBER), false, false)).isFalse();
        assertThat(SafeSpacePolicy.mayReport(null, false, false)).isFalse();
    }

    @Test
    void moderatorsDecidePendingCasesAndOnlyAdminsDecideEscalatedOnes() {
        for (ModerationState to : new ModerationState[] {UPHELD, DISMISSED, ESCALATED}) {
            assertThat(SafeSpacePolicy.mayDecide(PENDING, to, true, false)).as("moderator, pending → " + to).isTrue();
            assertThat(SafeSpacePolicy.mayDecide(PENDING, to, false, true)).as("admin, pending → " + to).isTrue();
            assertThat(SafeSpacePolicy.mayDecide(PENDING, to, false, false)).as("member, pending → " + to).isFalse();
        }
        for (ModerationState to : new ModerationState[] {UPHELD, DISMISSED}) {
            assertThat(SafeSpacePolicy.mayDecide(ESCALATED, to, true, false)).as("moderator, escalated → " + to).isFalse();
            assertThat(SafeSpacePolicy.mayDecide(ESCALATED, to, false, true)).as("admin, escalated → " + to).isTrue();
        }
        assertThat(SafeSpacePolicy.mayDecide(UPHELD, DISMISSED, true, true)).as("illegal for anyone").isFalse();
        assertThat(SafeSpacePolicy.mayDecide(ESCALATED, ESCALATED, true, true)).isFalse();
    }

    @Test
    void casesAreForModeratorsAndAdmins() {
        assertThat(SafeSpacePolicy.maySeeCases(true, false)).isTrue();
        assertThat(SafeSpacePolicy.maySeeCases(false, true)).isTrue();
        assertThat(SafeSpacePolicy.maySeeCases(false, false)).isFalse();
    }

    @Test
    void moderatorsSuspendMembersButNotThemselvesNorEachOther() {
        Membership moderator = as(SpaceRole.MODERATOR);
        Membership facilitator = as(SpaceRole.FACILITATOR);
        assertThat(SafeSpacePolicy.maySuspend(moderator, as(SpaceRole.MEMBER))).isTrue();
        assertThat(SafeSpacePolicy.maySuspend(moderator, as(SpaceRole.GUEST_EXPERT))).isTrue();
        assertThat(SafeSpacePolicy.maySuspend(moderator, moderator)).isFalse();
        assertThat(SafeSpacePolicy.maySuspend(moderator, as(SpaceRole.MODERATOR))).isFalse();
        assertThat(SafeSpacePolicy.maySuspend(moderator, facilitator)).isFalse();
        assertThat(SafeSpacePolicy.maySuspend(facilitator, as(SpaceRole.MODERATOR))).isTrue();
        assertThat(SafeSpacePolicy.maySuspend(facilitator, as(SpaceRole.FACILITATOR))).isFalse();
        assertThat(SafeSpacePolicy.maySuspend(as(SpaceRole.MEMBER), as(SpaceRole.MEMBER))).isFalse();
        assertThat(SafeSpacePolicy.maySuspend(left(SpaceRole.MODERATOR), as(SpaceRole.MEMBER))).isFalse();
    }

    @Test
    void aThreadMovesBetweenTwoSpacesTheModeratorModerates() {
        Membership here = as(SpaceRole.MODERATOR);
        Membership there = new Membership(UUID.randomUUID(), here.personId(), SpaceRole.FACILITATOR, SpaceMembershipStatus.ACTIVE, true);
        Membership thereAsMember = new Membership(there.spaceId(), here.personId(), SpaceRole.MEMBER, SpaceMembershipStatus.ACTIVE, true);
        assertThat(SafeSpacePolicy.mayMoveThread(here, there)).isTrue();
        assertThat(SafeSpacePolicy.mayMoveThread(here, thereAsMember)).isFalse();
        assertThat(SafeSpacePolicy.mayMoveThread(here, null)).isFalse();
        assertThat(SafeSpacePolicy.mayMoveThread(here, here)).as("same space").isFalse();
        assertThat(SafeSpacePolicy.mayMoveThread(as(SpaceRole.MEMBER), there)).isFalse();
    }

    @Test
    void facilitatorsWriteTheSpaceCode() {
        assertThat(SafeSpacePolicy.mayWriteSpaceConduct(as(SpaceRole.FACILITATOR))).isTrue();
        assertThat(SafeSpacePolicy.mayWriteSpaceConduct(as(SpaceRole.MODERATOR))).isFalse();
        assertThat(SafeSpacePolicy.mayWriteSpaceConduct(null)).isFalse();
    }

    @Test
    void enoughDistinctReportersHideAPost() {
        assertThat(SafeSpacePolicy.reportsHide(2, 3)).isFalse();
        assertThat(SafeSpacePolicy.reportsHide(3, 3)).isTrue();
        assertThat(SafeSpacePolicy.reportsHide(4, 3)).isTrue();
        assertThat(SafeSpacePolicy.reportsHide(100, 0)).as("threshold off").isFalse();
    }
}
