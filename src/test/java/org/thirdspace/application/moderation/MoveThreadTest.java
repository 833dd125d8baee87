package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceMember;
import org.thirdspace.community.space.SpaceRole;
import org.thirdspace.fixture.Community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class MoveThreadTest {

    final Community community = new Community();
    final Space from = community.add(aSpace().titled("Onboarding"));
    final Space to = community.add(aSpace().titled("Hiring"));
    final Actor moderator = community.join(from, aMember().moderator());
    final Actor author = community.join(from, aMember().named("Grace"));
    final DiscussionThread thread = community.thread(from, author, aThread());

    void alsoModerates(Space space, Actor actor) {
        community.spaces.add(new SpaceMember(space.id(), actor.personId(), SpaceRole.MODERATOR, NOW.minusSeconds(60)));
    }

    @Test
    void aModeratorOfBothSpacesMovesTheThreadWithItsPostsAndBothLogsSaySo() {
        alsoModerates(to, moderator);
        community.reply(thread, author, "A reply");
        community.caseAbout(thread, community.opening(thread), moderator);
        community.moveThread().move(moderator, thread.id(), new MoveThread.Request(to.id()), NOW);
        assertThat(thread.spaceId()).isEqualTo(to.id());
        assertThat(community.posts.posts(thread.id(), 10)).allSatisfy(p -> assertThat(p.spaceId()).isEqualTo(to.id()));
        assertThat(community.moderationCases.all()).allSatisfy(c -> assertThat(c.spaceId()).isEqualTo(to.id()));
        assertThat(community.moderationLog.audit(from.id(), 5)).extracting(e -> e.action()).containsExactly(ModeratorAction.MOVE_THREAD);
        assertThat(community.moderationLog.audit(to.id(), 5)).extracting(e -> e.action()).containsExactly(ModeratorAction.MOVE_THREAD);
    }

    @Test
    void aThreadMovesOnlyToAnotherSpaceTheModeratorModerates() {
        community.join(to, aMember());
        assertThatThrownBy(() -> community.moveThread().move(moderator, thread.id(), new MoveThread.Request(to.id()), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.moveThread().move(author, thread.id(), new MoveThread.Request(to.id()), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.moveThread().move(moderator, thread.id(), new MoveThread.Request(null), NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThat(thread.spaceId()).isEqualTo(from.id());
        assertThat(community.moderationLog.all()).isEmpty();
    }
}
