package org.thirdspace.application.digest;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.synthesis.PublishWeeklySynthesis;
import org.thirdspace.community.space.SpaceRole;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.application.Actor;
import org.thirdspace.application.discussion.ReplyToThread;
import org.thirdspace.application.discussion.StartThread;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.digest.DigestRecipient;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.space.Space;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.fixture.Community;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class ComposeDigestsTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Space elsewhere = community.add(aSpace());

    ComposeDigests compose() {
        return new ComposeDigests(community.notifications, community.artifacts, community.threads, community.posts, community.people,
                community.spaceAccess(), ToolSettings.of(Map.of()));
    }

    static DigestRecipient recipient(Actor actor, Instant coveredFrom) {
        return new DigestRecipient(actor.personId(), actor.organisationId(), "x@example.test", "en", DigestFrequency.DAILY, coveredFrom, 0);
    }

    @Test
    void aDigestTellsWhatIsNewAndStillReadableAndNothingElse() {
        Actor grace = community.join(space, aMember().named("Grace"));
        Actor ada = community.join(space, aMember().named("Ada"));
        Actor outsider = community.join(elsewhere, aMember().named("Lin"));
        DiscussionThread thread = community.startThread().start(grace, space.id(),
                new StartThread.Request("First week", "How?", List.of(), null, null), NOW.minusSeconds(60));
        community.replyToThread().reply(ada, thread.id(), new ReplyToThread.Request("Like **this**.", null, null), NOW.minusSeconds(30));
        Notification toGrace = community.notifications.recent(grace.personId(), false, 10).get(0);
        // A notification the outsider should never have had: the digest checks again and tells nothing.
        community.notifications.add(new Notification(outsider.personId(), NotificationKind.MENTION, ada.personId(), space.id(), thread.id(),
                toGrace.postId(), NOW.minusSeconds(20)));

        Instant yesterday = NOW.minus(Duration.ofDays(1));
        List<Digest> digests = compose().compose(List.of(recipient(grace, yesterday), recipient(ada, yesterday), recipient(outsider, yesterday),
                recipient(grace, NOW.minusSeconds(10))), NOW);

        assertThat(digests.get(0).items()).singleElement().satisfies(item -> {
            assertThat(item.section()).isEqualTo(DigestItem.Section.FOLLOWED_THREAD);
            assertThat(item.title()).isEqualTo("First week");
            assertThat(item.actorName()).isEqualTo("Ada");
            assertThat(item.html()).contains("<strong>this</strong>");
            assertThat(item.link()).isEqualTo("http://localhost:8080/#/threads/" + thread.id());
        });
        assertThat(digests.get(0).name()).isEqualTo("Grace");
        assertThat(digests.get(0).messageId()).startsWith("<digest-").endsWith("@localhost>");
        assertThat(digests.get(1).isEmpty()).as("Ada has nothing new").isTrue();
        assertThat(digests.get(2).isEmpty()).as("the outsider may not read the thread").isTrue();
        assertThat(digests.get(3).isEmpty()).as("told in an earlier digest").isTrue();

        community.listNotifications().markRead(grace, List.of(toGrace.id()), NOW);
        assertThat(compose().compose(List.of(recipient(grace, yesterday)), NOW).get(0).isEmpty()).as("read in the app already").isTrue();
    }

    @Test
    void aWeekIsToldFromWhenItWasPublishedNotFromItsDraftAndOnlyOnce() {
        Actor sy = community.join(space, aMember().named("Sy").withRole(SpaceRole.SYNTHESIZER));
        Actor ada = community.join(space, aMember().named("Ada"));
        Actor outsider = community.join(elsewhere, aMember().named("Lin"));
        String day = Week.containing(NOW).previous().monday().toString();
        Instant drafted = NOW.minus(Duration.ofHours(3));
        community.draftWeeklySynthesis().draft(sy, space.id(), day, "en", drafted);

        // Ada's last digest went out after the draft was made and before it was published: nothing of a draft.
        Instant adasLast = NOW.minus(Duration.ofHours(2));
        assertThat(compose().compose(List.of(recipient(ada, drafted.minusSeconds(60))), adasLast).get(0).isEmpty()).isTrue();

        community.publishWeeklySynthesis().publish(sy, space.id(), new PublishWeeklySynthesis.Request(day, "Our week", "Calm nights."),
                NOW.minus(Duration.ofHours(1)));
        List<Digest> next = compose().compose(List.of(recipient(ada, adasLast), recipient(outsider, adasLast)), NOW);
        assertThat(next.get(0).items()).singleElement().satisfies(item -> {
            assertThat(item.section()).isEqualTo(DigestItem.Section.SYNTHESIS);
            assertThat(item.title()).isEqualTo("Our week");
        });
        assertThat(next.get(1).isEmpty()).as("not a member of its space").isTrue();
        assertThat(compose().compose(List.of(recipient(ada, NOW)), NOW.plus(Duration.ofDays(1))).get(0).isEmpty())
                .as("told once").isTrue();
    }
}
