package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class SeedTopicTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor facilitator = community.join(space, aMember().facilitator().withoutAcceptedConduct());

    @Test
    void aFacilitatorSchedulesAStarterForADateWithoutTheWriteGate() {
        DiscussionThread thread = community.seedTopic().seed(facilitator, space.id(),
                new SeedTopic.Request("What surprised you this week?", "Tell us.", List.of(), NOW.plus(Duration.ofDays(3))), NOW);
        assertThat(thread.isSeeded()).isTrue();
        assertThat(thread.publishAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void aMemberDoesNotSeedAndAnArchivedSpaceTakesNoSeeds() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.seedTopic().seed(ada, space.id(), new SeedTopic.Request("T", "B", List.of(), null), NOW))
                .isInstanceOf(AccessDenied.class);
        Space archived = community.add(aSpace().archived());
        Actor archivedFacilitator = community.join(archived, aMember().facilitator());
        assertThatThrownBy(() -> community.seedTopic().seed(archivedFacilitator, archived.id(),
                new SeedTopic.Request("T", "B", List.of(), null), NOW)).isInstanceOf(AccessDenied.class);
        assertThat(community.threads.all()).isEmpty();
    }

    @Test
    void aTopicIsScheduledAtMostAYearAhead() {
        assertThatThrownBy(() -> community.seedTopic().seed(facilitator, space.id(),
                new SeedTopic.Request("T", "B", List.of(), NOW.plus(Duration.ofDays(400))), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("publishAt"));
        assertThat(community.threads.all()).isEmpty();
    }
}
