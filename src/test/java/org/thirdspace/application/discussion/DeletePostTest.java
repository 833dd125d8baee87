package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class DeletePostTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final DiscussionThread thread = community.thread(space, author, aThread());

    @Test
    void theAuthorDeletesAReplyAsATombstone() {
        Post reply = community.reply(thread, author, "Oops");
        community.deletePost().delete(author, reply.id(), NOW);
        assertThat(reply.isDeleted()).isTrue();
        assertThat(thread.isDeleted()).isFalse();
        assertThat(community.posts.post(reply.id())).isPresent();
    }

    @Test
    void aModeratorDeletingTheOpeningPostDeletesTheThread() {
        Actor moderator = community.join(space, aMember().moderator());
        community.deletePost().delete(moderator, community.opening(thread).id(), NOW);
        assertThat(thread.isDeleted()).isTrue();
    }

    @Test
    void anotherMemberMayNotDelete() {
        Actor ada = community.join(space, aMember());
        Post opening = community.opening(thread);
        assertThatThrownBy(() -> community.deletePost().delete(ada, opening.id(), NOW)).isInstanceOf(AccessDenied.class);
        assertThat(opening.isDeleted()).isFalse();
    }

    @Test
    void anUnknownPostIsNotFound() {
        assertThatThrownBy(() -> community.deletePost().delete(author, UUID.randomUUID(), NOW)).isInstanceOf(NotFound.class);
    }
}
