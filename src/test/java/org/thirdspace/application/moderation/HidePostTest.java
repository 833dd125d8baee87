package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.CaseOrigin;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class HidePostTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final DiscussionThread thread = community.thread(space, author, aThread());
    final Post opening = community.opening(thread);

    @Test
    void aModeratorHidesAPostOpeningACaseAndRestoresIt() {
        Actor moderator = community.join(space, aMember().moderator());
        community.hidePost().hide(moderator, opening.id(), true, new HidePost.Request("personal details"), NOW);
        assertThat(opening.isHidden()).isTrue();
        assertThat(community.moderationCases.all()).singleElement()
                .satisfies(c -> assertThat(c.origin()).isEqualTo(CaseOrigin.MODERATOR));
        community.hidePost().hide(moderator, opening.id(), false, new HidePost.Request("fixed"), NOW.plusSeconds(60));
        assertThat(opening.isHidden()).isFalse();
        assertThat(community.moderationLog.audit(space.id(), 10)).extracting(e -> e.action())
                .containsExactly(ModeratorAction.RESTORE_POST, ModeratorAction.HIDE_POST);
    }

    @Test
    void aMemberDoesNotHide() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.hidePost().hide(ada, opening.id(), true, null, NOW)).isInstanceOf(AccessDenied.class);
        assertThat(opening.isHidden()).isFalse();
        assertThat(community.moderationCases.all()).isEmpty();
        assertThat(community.moderationLog.all()).isEmpty();
    }
}
