package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.AudienceRequest;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ShareMoreWidelyTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final Actor ada = community.join(space, aMember());
    final DiscussionThread thread = community.thread(space, author, aThread());

    @Test
    void theAuthorWidensAtOnceAndRepliesOfOthersAreAskedForConsent() {
        Post reply = community.reply(thread, ada, "My reply");
        assertThat(community.shareMoreWidely().widen(author, thread.id(), "ORGANISATION", NOW)).isEqualTo("WIDENED");
        assertThat(thread.audience()).isEqualTo(Audience.ORGANISATION);
        assertThat(community.notifications.recent(ada.personId(), false, 5)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.SHARE_REQUEST));
        community.shareMoreWidely().shareReply(ada, reply.id(), NOW);
        assertThat(reply.isSharedWider()).isTrue();
    }

    @Test
    void aFacilitatorAsksTheAuthorWhoAcceptsOnce() {
        Actor facilitator = community.join(space, aMember().facilitator());
        assertThat(community.shareMoreWidely().widen(facilitator, thread.id(), "ORGANISATION", NOW)).isEqualTo("REQUESTED");
        assertThat(thread.audience()).isEqualTo(Audience.SPACE);
        assertThatThrownBy(() -> community.shareMoreWidely().widen(facilitator, thread.id(), "ORGANISATION", NOW))
                .isInstanceOf(Conflict.class);
        AudienceRequest request = community.audienceRequests.all().get(0);
        community.shareMoreWidely().answer(author, request.id(), true, NOW.plusSeconds(60));
        assertThat(thread.audience()).isEqualTo(Audience.ORGANISATION);
        assertThatThrownBy(() -> community.shareMoreWidely().answer(author, request.id(), true, NOW.plusSeconds(120)))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aMemberWhoIsNeitherAuthorNorFacilitatorDoesNotWidenAndNarrowingIsRefused() {
        assertThatThrownBy(() -> community.shareMoreWidely().widen(ada, thread.id(), "ORGANISATION", NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.shareMoreWidely().widen(author, thread.id(), "SPACE", NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("audience"));
        assertThat(thread.audience()).isEqualTo(Audience.SPACE);
    }

    @Test
    void aSuspendedAuthorDoesNotWiden() {
        community.suspend(space, author, community.join(space, aMember().moderator()), NOW.plusSeconds(60));
        assertThatThrownBy(() -> community.shareMoreWidely().widen(author, thread.id(), "ORGANISATION", NOW))
                .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.code()).isEqualTo("suspended"));
        assertThat(thread.audience()).isEqualTo(Audience.SPACE);
    }
}
