package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ShowModerationAuditTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor moderator = community.join(space, aMember().moderator().named("Mo"));

    @Test
    void theSpacesModeratorsReadItsLogWithNamesAndAdminsTheOrganisations() {
        DiscussionThread thread = community.thread(space, community.join(space, aMember()), aThread());
        community.moderateThread().lock(moderator, thread.id(), true, NOW);
        assertThat(community.showModerationAudit().audit(moderator, space.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("LOCK_THREAD");
            assertThat(e.actorName()).isEqualTo("Mo");
        });
        Actor admin = community.person(aMember().launchedAs(new RoleSet(EnumSet.noneOf(CourseRole.class), true, false)));
        community.editWatchList().add(admin, new EditWatchList.Request("scam"), NOW);
        assertThat(community.showModerationAudit().organisation(admin)).extracting(ShowModerationAudit.Entry::action)
                .containsExactly("ADD_WATCH_TERM");
    }

    @Test
    void membersReadNeitherLog() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.showModerationAudit().audit(ada, space.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.showModerationAudit().organisation(moderator)).isInstanceOf(AccessDenied.class);
    }
}
