package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class SuspendMemberTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor moderator = community.join(space, aMember().moderator());
    final Actor ada = community.join(space, aMember());

    @Test
    void aModeratorSuspendsAMemberUntilATimeAndLiftsItEarly() {
        SuspendMember.SuspensionView view = community.suspendMember().suspend(moderator, space.id(),
                new SuspendMember.Request(ada.personId(), NOW.plus(Duration.ofDays(2)), "cooling off"), NOW);
        assertThat(community.suspensions.activeSuspension(space.id(), ada.personId(), NOW)).isPresent();
        assertThat(community.moderationLog.audit(space.id(), 10)).extracting(e -> e.action())
                .containsExactly(ModeratorAction.SUSPEND_MEMBER);
        community.suspendMember().lift(moderator, space.id(), view.id(), NOW.plusSeconds(60));
        assertThat(community.suspensions.activeSuspension(space.id(), ada.personId(), NOW.plusSeconds(61))).isEmpty();
    }

    @Test
    void aMemberDoesNotSuspendAndNoModeratorSuspendsAnotherModerator() {
        Actor other = community.join(space, aMember().moderator());
        assertThatThrownBy(() -> community.suspendMember().suspend(ada, space.id(),
                new SuspendMember.Request(moderator.personId(), NOW.plusSeconds(3600), "no"), NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.suspendMember().suspend(moderator, space.id(),
                new SuspendMember.Request(other.personId(), NOW.plusSeconds(3600), "no"), NOW)).isInstanceOf(AccessDenied.class);
        assertThat(community.suspensions.all()).isEmpty();
    }

    @Test
    void someoneWhoIsNoMemberCannotBeSuspendedHere() {
        Actor outsider = community.person(aMember());
        assertThatThrownBy(() -> community.suspendMember().suspend(moderator, space.id(),
                new SuspendMember.Request(outsider.personId(), NOW.plusSeconds(3600), "no"), NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void aSuspensionEndsInTheFutureWithinAYearAndHasAReason() {
        for (SuspendMember.Request bad : new SuspendMember.Request[] {
                new SuspendMember.Request(ada.personId(), NOW.minusSeconds(1), "late"),
                new SuspendMember.Request(ada.personId(), NOW.plus(Duration.ofDays(400)), "long"),
                new SuspendMember.Request(ada.personId(), NOW.plusSeconds(3600), " ")}) {
            assertThatThrownBy(() -> community.suspendMember().suspend(moderator, space.id(), bad, NOW))
                    .isInstanceOf(InvalidRequest.class);
        }
        assertThat(community.suspensions.all()).isEmpty();
        assertThat(community.moderationLog.all()).isEmpty();
    }
}
