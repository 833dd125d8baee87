package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.ConductNotAccepted;
import org.thirdspace.application.InvalidRequest;
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

class EditPostTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final DiscussionThread thread = community.thread(space, author, aThread().titled("First week"));
    final Post opening = community.opening(thread);

    @Test
    void theAuthorEditsAndTheEarlierVersionIsKept() {
        community.editPost().edit(author, opening.id(), new EditPost.Request("A better question.", "Your first week"), NOW);
        assertThat(opening.bodyMarkdown()).isEqualTo("A better question.");
        assertThat(thread.title()).isEqualTo("Your first week");
        assertThat(community.posts.revisions(opening.id())).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("First week");
            assertThat(r.editedBy()).isEqualTo(author.personId());
        });
    }

    @Test
    void someoneElseMayNotEditEvenAModerator() {
        Actor moderator = community.join(space, aMember().moderator());
        assertThatThrownBy(() -> community.editPost().edit(moderator, opening.id(), new EditPost.Request("Mine now", null), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThat(community.posts.revisions(opening.id())).isEmpty();
    }

    @Test
    void aSuspendedAuthorOrOneWhoseCodeOfConductChangedDoesNotEdit() {
        Actor moderator = community.join(space, aMember().moderator());
        community.suspend(space, author, moderator, NOW.plusSeconds(60));
        assertThatThrownBy(() -> community.editPost().edit(author, opening.id(), new EditPost.Request("Edited", null), NOW))
                .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.code()).isEqualTo("suspended"));
        Actor newcomer = community.join(space, aMember().withoutAcceptedConduct());
        Post reply = community.reply(thread, newcomer, "An early reply");
        assertThatThrownBy(() -> community.editPost().edit(newcomer, reply.id(), new EditPost.Request("Edited", null), NOW))
                .isInstanceOf(ConductNotAccepted.class);
        assertThat(opening.bodyMarkdown()).isNotEqualTo("Edited");
    }

    @Test
    void anEmptyBodyIsRefusedAndAnUnknownPostIsNotFound() {
        assertThatThrownBy(() -> community.editPost().edit(author, opening.id(), new EditPost.Request(" ", null), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThat(community.posts.revisions(opening.id())).isEmpty();
        assertThatThrownBy(() -> community.editPost().edit(author, UUID.randomUUID(), new EditPost.Request("x", null), NOW))
                .isInstanceOf(NotFound.class);
    }
}
