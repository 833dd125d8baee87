package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ModerateThreadTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final DiscussionThread thread = community.thread(space, author, aThread());

    @Test
    void aModeratorLocksAThreadAndTheLogSaysSo() {
        Actor moderator = community.join(space, aMember().moderator());
        community.moderateThread().lock(moderator, thread.id(), true, NOW);
        assertThat(thread.isLocked()).isTrue();
        assertThat(community.moderationLog.audit(space.id(), 10)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ModeratorAction.LOCK_THREAD);
            assertThat(e.actorId()).isEqualTo(moderator.personId());
        });
    }

    @Test
    void aMemberMayNotLockAndOnlyFacilitatorsPin() {
        Actor moderator = community.join(space, aMember().moderator());
        assertThatThrownBy(() -> community.moderateThread().lock(author, thread.id(), true, NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.moderateThread().pin(moderator, thread.id(), true, NOW)).isInstanceOf(AccessDenied.class);
        assertThat(thread.isLocked()).isFalse();
        assertThat(community.moderationLog.all()).isEmpty();
        Actor facilitator = community.join(space, aMember().facilitator());
        community.moderateThread().pin(facilitator, thread.id(), true, NOW);
        assertThat(thread.isPinned()).isTrue();
    }
}
