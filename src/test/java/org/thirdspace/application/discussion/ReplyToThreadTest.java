package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.ConductNotAccepted;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.TooManyRequests;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.space.Space;
import org.thirdspace.config.Setting;
import org.thirdspace.fixture.Community;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ReplyToThreadTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));

    static ReplyToThread.Request saying(String body) {
        return new ReplyToThread.Request(body, null, null);
    }

    @Test
    void aMemberRepliesFollowsTheThreadAndItsFollowersAreTold() {
        DiscussionThread thread = community.thread(space, author, aThread());
        community.notifications.follow(author.personId(), FollowTarget.THREAD, thread.id(), NOW);
        Actor ada = community.join(space, aMember());
        Post reply = community.replyToThread().reply(ada, thread.id(), saying("We pair newcomers with a buddy."), NOW);
        assertThat(community.posts.posts(thread.id(), 10)).hasSize(2).last().isEqualTo(reply);
        assertThat(reply.isOpening()).isFalse();
        assertThat(community.notifications.recent(author.personId(), false, 10)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.REPLY));
        assertThat(community.readMarkers.lastRead(ada.personId(), List.of(thread.id()))).containsEntry(thread.id(), NOW);
    }

    @Test
    void aLockedThreadTakesNoReplies() {
        DiscussionThread thread = community.thread(space, author, aThread().locked());
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.replyToThread().reply(ada, thread.id(), saying("Me too"), NOW))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("locked");
        assertThat(community.posts.posts(thread.id(), 10)).hasSize(1);
    }

    @Test
    void anArchivedSpaceTakesNoReplies() {
        Space archived = community.add(aSpace().archived());
        Actor grace = community.join(archived, aMember());
        DiscussionThread thread = community.thread(archived, grace, aThread());
        assertThatThrownBy(() -> community.replyToThread().reply(grace, thread.id(), saying("Me too"), NOW))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("archived");
    }

    @Test
    void someoneOutsideTheSpaceSeesAnOrganisationWideThreadButDoesNotReply() {
        DiscussionThread thread = community.thread(space, author, aThread().sharedWithTheOrganisation());
        Actor outsider = community.person(aMember());
        assertThatThrownBy(() -> community.replyToThread().reply(outsider, thread.id(), saying("Me too"), NOW))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("only members");
    }

    @Test
    void aThreadThatDoesNotExistIsNotFound() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.replyToThread().reply(ada, UUID.randomUUID(), saying("Me too"), NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aSuspendedMemberOrOneWithoutTheCodeOfConductDoesNotReply() {
        DiscussionThread thread = community.thread(space, author, aThread());
        Actor suspended = community.join(space, aMember());
        community.suspend(space, suspended, author, NOW.plusSeconds(60));
        Actor newcomer = community.join(space, aMember().withoutAcceptedConduct());
        assertThatThrownBy(() -> community.replyToThread().reply(suspended, thread.id(), saying("Me too"), NOW))
                .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.code()).isEqualTo("suspended"));
        assertThatThrownBy(() -> community.replyToThread().reply(newcomer, thread.id(), saying("Me too"), NOW))
                .isInstanceOf(ConductNotAccepted.class);
        assertThat(community.posts.posts(thread.id(), 10)).hasSize(1);
    }

    @Test
    void repliesFasterThanTheLimitAreRefused() {
        community.set(Setting.POSTS_PER_MINUTE, "1");
        DiscussionThread thread = community.thread(space, author, aThread());
        Actor ada = community.join(space, aMember());
        ReplyToThread reply = community.replyToThread();
        reply.reply(ada, thread.id(), saying("One"), NOW.minusSeconds(10));
        assertThatThrownBy(() -> reply.reply(ada, thread.id(), saying("Two"), NOW)).isInstanceOf(TooManyRequests.class);
        assertThat(community.posts.posts(thread.id(), 10)).hasSize(2);
    }
}
