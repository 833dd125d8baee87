package org.thirdspace.application.person;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.tag.TagName;
import org.thirdspace.fixture.Community;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

/** FollowSomething and UpdateMyCard: what a person chooses for themselves. */
class PersonalDetailsTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor ada = community.join(space, aMember());

    @Test
    void aMemberFollowsAndUnfollowsAThreadTheySeeAndAKnownTag() {
        DiscussionThread thread = community.thread(space, community.join(space, aMember()), aThread());
        community.followSomething().thread(ada, thread.id(), true, NOW);
        assertThat(community.notifications.follows(ada.personId(), FollowTarget.THREAD, thread.id())).isTrue();
        community.followSomething().thread(ada, thread.id(), false, NOW);
        assertThat(community.notifications.follows(ada.personId(), FollowTarget.THREAD, thread.id())).isFalse();
        UUID tag = community.tags.obtain(ORG, TagName.of("Onboarding").orElseThrow(), "Onboarding").id();
        community.tags.tag(thread.id(), List.of(tag));
        community.followSomething().tag(ada, "onboarding", true, NOW);
        assertThat(community.notifications.follows(ada.personId(), FollowTarget.TAG, tag)).isTrue();
    }

    @Test
    void aTagCarriedOnlyByThreadsThePersonCannotSeeCannotBeFollowed() {
        Space elsewhere = community.add(aSpace().titled("Elsewhere"));
        DiscussionThread hidden = community.thread(elsewhere, community.join(elsewhere, aMember()), aThread());
        UUID tag = community.tags.obtain(ORG, TagName.of("Secret").orElseThrow(), "Secret").id();
        community.tags.tag(hidden.id(), List.of(tag));
        assertThatThrownBy(() -> community.followSomething().tag(ada, "secret", true, NOW)).isInstanceOf(NotFound.class);
        assertThat(community.notifications.follows(ada.personId(), FollowTarget.TAG, tag)).isFalse();
    }

    @Test
    void anUnknownThreadOrTagIsNotFoundAndATagMustBeOne() {
        assertThatThrownBy(() -> community.followSomething().thread(ada, UUID.randomUUID(), true, NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.followSomething().tag(ada, "never-used", true, NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.followSomething().tag(ada, "  ", true, NOW)).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void aPersonWritesTheirCardAndChoosesWhetherTheirEmailShows() {
        community.updateMyCard().update(ada, new UpdateMyCard.Request("Trainer", "I run onboarding.", true), NOW);
        assertThat(community.people.card(ada.personId())).get().satisfies(card -> {
            assertThat(card.headline()).isEqualTo("Trainer");
            assertThat(card.showsEmail()).isTrue();
        });
        assertThatThrownBy(() -> community.updateMyCard().update(ada, new UpdateMyCard.Request("x".repeat(201), null, false), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("headline"));
        assertThat(community.people.card(ada.personId()).orElseThrow().headline()).isEqualTo("Trainer");
    }
}
