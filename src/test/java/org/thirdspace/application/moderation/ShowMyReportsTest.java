package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ShowMyReportsTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());

    @Test
    void aPersonSeesTheirOwnReportsNewestFirstAndNobodyElses() {
        Actor author = community.join(space, aMember().named("Grace"));
        Actor ada = community.join(space, aMember());
        Actor other = community.join(space, aMember());
        DiscussionThread first = community.thread(space, author, aThread().titled("First"));
        DiscussionThread second = community.thread(space, author, aThread().titled("Second"));
        community.reportPost().report(ada, community.opening(first).id(), new ReportPost.Request("SPAM", null), NOW.minusSeconds(60));
        community.reportPost().report(ada, community.opening(second).id(), new ReportPost.Request("SPAM", null), NOW);
        community.reportPost().report(other, community.opening(first).id(), new ReportPost.Request("HATE", null), NOW);
        assertThat(community.showMyReports().mine(ada)).hasSize(2);
        assertThat(community.showMyReports().mine(other)).hasSize(1);
        assertThat(community.showMyReports().mine(author)).isEmpty();
    }
}
