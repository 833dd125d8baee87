package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.ConductNotAccepted;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.TooManyRequests;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.moderation.CaseOrigin;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.space.Space;
import org.thirdspace.config.Setting;
import org.thirdspace.fixture.Community;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class StartThreadTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());

    static StartThread.Request request(String title) {
        return new StartThread.Request(title, "How do you welcome **new** colleagues?", List.of("Onboarding"), null, null);
    }

    @Test
    void aMemberStartsAThreadWithItsOpeningPostTagsAndFollowsIt() {
        Actor ada = community.join(space, aMember());
        DiscussionThread thread = community.startThread().start(ada, space.id(), request("First week"), NOW);
        assertThat(community.threads.all()).containsExactly(thread);
        assertThat(community.posts.posts(thread.id(), 10)).singleElement().satisfies(p -> {
            assertThat(p.isOpening()).isTrue();
            assertThat(p.bodyHtml()).contains("<strong>new</strong>");
        });
        assertThat(community.tags.labelsOf(List.of(thread.id())).get(thread.id())).extracting(l -> l.label()).containsExactly("Onboarding");
        assertThat(community.notifications.follows(ada.personId(), FollowTarget.THREAD, thread.id())).isTrue();
        assertThat(community.moderationCases.all()).isEmpty();
    }

    @Test
    void aWatchListTermPublishesThePostAndOpensACaseForTheModerators() {
        community.watch("welcome");
        Actor ada = community.join(space, aMember());
        DiscussionThread thread = community.startThread().start(ada, space.id(), request("First week"), NOW);
        assertThat(community.threads.all()).containsExactly(thread);
        assertThat(community.moderationCases.all()).singleElement()
                .satisfies(c -> assertThat(c.origin()).isEqualTo(CaseOrigin.WATCH_LIST));
    }

    @Test
    void anArchivedSpaceTakesNoNewThreads() {
        Space archived = community.add(aSpace().archived());
        Actor ada = community.join(archived, aMember());
        assertThatThrownBy(() -> community.startThread().start(ada, archived.id(), request("First week"), NOW))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("archived");
        assertThat(community.threads.all()).isEmpty();
    }

    @Test
    void someoneWhoIsNoMemberIsDenied() {
        Actor outsider = community.person(aMember());
        Actor leaver = community.join(space, aMember().whoLeft());
        for (Actor actor : List.of(outsider, leaver)) {
            assertThatThrownBy(() -> community.startThread().start(actor, space.id(), request("First week"), NOW))
                    .isInstanceOf(AccessDenied.class);
        }
        assertThat(community.threads.all()).isEmpty();
    }

    @Test
    void aSpaceOfAnotherOrganisationIsNotFound() {
        Actor stranger = community.person(aMember().inOrganisation(OTHER_ORG));
        assertThatThrownBy(() -> community.startThread().start(stranger, space.id(), request("First week"), NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aSuspendedMemberIsRefusedUntilTheSuspensionEnds() {
        Actor ada = community.join(space, aMember());
        Actor moderator = community.join(space, aMember().moderator());
        community.suspend(space, ada, moderator, NOW.plusSeconds(3600));
        assertThatThrownBy(() -> community.startThread().start(ada, space.id(), request("First week"), NOW))
                .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.code()).isEqualTo("suspended"));
        assertThat(community.threads.all()).isEmpty();
        assertThat(community.startThread().start(ada, space.id(), request("First week"), NOW.plusSeconds(3601))).isNotNull();
    }

    @Test
    void aMemberWhoHasNotAcceptedTheCodeOfConductReadsButDoesNotWrite() {
        Actor ada = community.join(space, aMember().withoutAcceptedConduct());
        assertThatThrownBy(() -> community.startThread().start(ada, space.id(), request("First week"), NOW))
                .isInstanceOfSatisfying(ConductNotAccepted.class, e -> assertThat(e.code()).isEqualTo("conduct-not-accepted"));
        assertThat(community.threads.all()).isEmpty();
    }

    @Test
    void postingFasterThanTheLimitIsRefusedWithTheTimeToWait() {
        community.set(Setting.POSTS_PER_MINUTE, "2");
        Actor ada = community.join(space, aMember());
        StartThread startThread = community.startThread();
        startThread.start(ada, space.id(), request("One"), NOW.minusSeconds(30));
        startThread.start(ada, space.id(), request("Two"), NOW.minusSeconds(20));
        assertThatThrownBy(() -> startThread.start(ada, space.id(), request("Three"), NOW))
                .isInstanceOfSatisfying(TooManyRequests.class, e -> assertThat(e.retryAfter()).isPositive());
        assertThat(community.threads.all()).hasSize(2);
        assertThat(community.writeCounters.serialised()).contains(ada.personId());
    }

    @Test
    void aThreadWithoutTitleOrBodyIsRefusedAndNothingIsWritten() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.startThread().start(ada, space.id(),
                new StartThread.Request(" ", "body", List.of(), null, null), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> community.startThread().start(ada, space.id(),
                new StartThread.Request("Title", "", List.of(), null, null), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThat(community.threads.all()).isEmpty();
        assertThat(community.posts.all()).isEmpty();
    }
}
