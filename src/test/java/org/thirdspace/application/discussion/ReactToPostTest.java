package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.ConductNotAccepted;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.ReactionKind;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ReactToPostTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final DiscussionThread thread = community.thread(space, author, aThread());
    final Post opening = community.opening(thread);

    @Test
    void aMemberReactsAndTakesTheReactionBack() {
        Actor ada = community.join(space, aMember());
        community.reactToPost().react(ada, opening.id(), "HELPFUL", true, NOW);
        assertThat(community.reactions.reactions(List.of(opening.id())))
                .containsEntry(opening.id(), Map.of(ReactionKind.HELPFUL, 1));
        community.reactToPost().react(ada, opening.id(), "HELPFUL", false, NOW);
        assertThat(community.reactions.reactions(List.of(opening.id()))).isEmpty();
    }

    @Test
    void anUnknownReactionIsRefused() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.reactToPost().react(ada, opening.id(), "DOWNVOTE", true, NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void aSuspendedMemberOrOneWithoutTheCodeOfConductDoesNotReact() {
        Actor suspended = community.join(space, aMember());
        community.suspend(space, suspended, author, NOW.plusSeconds(60));
        Actor newcomer = community.join(space, aMember().withoutAcceptedConduct());
        assertThatThrownBy(() -> community.reactToPost().react(suspended, opening.id(), "THANKS", true, NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.reactToPost().react(newcomer, opening.id(), "THANKS", true, NOW))
                .isInstanceOf(ConductNotAccepted.class);
        assertThat(community.reactions.reactions(List.of(opening.id()))).isEmpty();
    }

    @Test
    void aDeletedPostOrAnUnknownOneTakesNoReaction() {
        Actor ada = community.join(space, aMember());
        Post reply = community.reply(thread, author, "Gone soon");
        reply.delete(NOW);
        assertThatThrownBy(() -> community.reactToPost().react(ada, reply.id(), "THANKS", true, NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.reactToPost().react(ada, UUID.randomUUID(), "THANKS", true, NOW))
                .isInstanceOf(NotFound.class);
    }
}
