package org.thirdspace.application.person;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.discussion.ReplyToThread;
import org.thirdspace.application.discussion.StartThread;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ListNotificationsTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());

    @Test
    void aPersonSeesWhoRepliedWhereAndMarksItRead() {
        Actor grace = community.join(space, aMember().named("Grace"));
        Actor ada = community.join(space, aMember().named("Ada"));
        DiscussionThread thread = community.startThread().start(grace, space.id(),
                new StartThread.Request("First week", "How?", List.of(), null, null), NOW.minusSeconds(60));
        community.replyToThread().reply(ada, thread.id(), new ReplyToThread.Request("Like this.", null, null), NOW);
        ListNotifications.Page page = community.listNotifications().list(grace, false, NOW);
        assertThat(page.unread()).isEqualTo(1);
        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("REPLY");
            assertThat(item.actorName()).isEqualTo("Ada");
            assertThat(item.threadTitle()).isEqualTo("First week");
        });
        community.listNotifications().markRead(grace, List.of(page.items().get(0).id()), NOW);
        assertThat(community.listNotifications().list(grace, false, NOW).unread()).isZero();
        assertThat(community.listNotifications().list(grace, true, NOW).items()).as("mentions only").isEmpty();
        assertThat(community.listNotifications().list(ada, false, NOW).items()).isEmpty();
    }
}
