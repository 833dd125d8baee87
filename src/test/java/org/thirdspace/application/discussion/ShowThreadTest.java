package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ShowThreadTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final Actor ada = community.join(space, aMember().named("Ada"));

    @Test
    void aMemberReadsThePostsWithWhatTheyMayDoAndTheThreadIsMarkedRead() {
        DiscussionThread thread = community.thread(space, author, aThread().titled("First week"));
        community.reply(thread, ada, "Buddies help.");
        ThreadView view = community.showThread().show(ada, thread.id(), NOW);
        assertThat(view.thread().title()).isEqualTo("First week");
        assertThat(view.posts()).extracting(ThreadView.PostView::authorName).containsExactly("Grace", "Ada");
        assertThat(view.posts()).extracting(ThreadView.PostView::mayEdit).containsExactly(false, true);
        assertThat(view.mayReply()).isTrue();
        assertThat(community.readMarkers.lastRead(ada.personId(), List.of(thread.id()))).containsEntry(thread.id(), NOW);
    }

    @Test
    void aHiddenPostShowsANoticeToOthersAndItsTextToItsAuthorAndModerators() {
        DiscussionThread thread = community.thread(space, author, aThread());
        Post reply = community.reply(thread, ada, "Call me on 555-0100");
        reply.hide(NOW.minusSeconds(60));
        Actor moderator = community.join(space, aMember().moderator());
        assertThat(community.showThread().show(author, thread.id(), NOW).posts().get(1))
                .satisfies(p -> assertThat(p.hidden()).isTrue()).satisfies(p -> assertThat(p.html()).isNull());
        assertThat(community.showThread().show(ada, thread.id(), NOW).posts().get(1).html()).contains("555-0100");
        assertThat(community.showThread().show(moderator, thread.id(), NOW).posts().get(1).html()).contains("555-0100");
    }

    @Test
    void aLockedThreadShowsWithoutTheReplyBox() {
        DiscussionThread thread = community.thread(space, author, aThread().locked());
        assertThat(community.showThread().show(ada, thread.id(), NOW).mayReply()).isFalse();
    }

    @Test
    void outsidersSeeOnlyWhatIsSharedWithTheOrganisation() {
        DiscussionThread inSpace = community.thread(space, author, aThread());
        DiscussionThread shared = community.thread(space, author, aThread().sharedWithTheOrganisation());
        community.reply(shared, ada, "Only for the space");
        Actor outsider = community.person(aMember());
        assertThatThrownBy(() -> community.showThread().show(outsider, inSpace.id(), NOW)).isInstanceOf(AccessDenied.class);
        ThreadView view = community.showThread().show(outsider, shared.id(), NOW);
        assertThat(view.inSpace()).isFalse();
        assertThat(view.mayReply()).isFalse();
        assertThat(view.posts()).hasSize(1);
        assertThat(view.hiddenFromOutside()).isEqualTo(1);
    }

    @Test
    void anUnknownThreadOrOneOfAnotherOrganisationIsNotFound() {
        DiscussionThread thread = community.thread(space, author, aThread());
        Actor stranger = community.person(aMember().inOrganisation(OTHER_ORG));
        assertThatThrownBy(() -> community.showThread().show(stranger, thread.id(), NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.showThread().show(ada, UUID.randomUUID(), NOW)).isInstanceOf(NotFound.class);
    }
}
