package org.thirdspace.community.roster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CourseRosterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final RosterServices OFFERED = new RosterServices("https://lms/nrps/1", "link-a", "https://lms/groups/1", null);

    @Test
    void theSameServicesAgainChangeNothing() {
        CourseRoster roster = new CourseRoster(UUID.randomUUID(), OFFERED, NOW);
        assertThat(roster.offer(OFFERED, NOW.plusSeconds(5))).isFalse();
    }

    @Test
    void theFirstLinkSeenStaysTheOneAskedAbout() {
        CourseRoster roster = new CourseRoster(UUID.randomUUID(), OFFERED, NOW);
        roster.succeeded("https://lms/nrps/1?since=5", NOW);
        assertThat(roster.offer(new RosterServices("https://lms/nrps/1", "link-b", "https://lms/groups/1", null), NOW)).isFalse();
        assertThat(roster.offer(new RosterServices("https://lms/nrps/1", null, "https://lms/groups/1", null), NOW)).isFalse();
        assertThat(roster.services().resourceLinkKey()).isEqualTo("link-a");
        assertThat(roster.differencesUrl()).isEqualTo("https://lms/nrps/1?since=5");
    }

    @Test
    void aNewRosterUrlStartsAfreshWithoutTheOldDifferencesLink() {
        CourseRoster roster = new CourseRoster(UUID.randomUUID(), OFFERED, NOW);
        roster.succeeded("https://lms/nrps/1?since=5", NOW);
        assertThat(roster.offer(new RosterServices("https://lms/nrps/2", "link-b", null, null), NOW)).isTrue();
        assertThat(roster.differencesUrl()).isNull();
        assertThat(roster.services()).isEqualTo(new RosterServices("https://lms/nrps/2", "link-b", null, null));
    }

    @Test
    void aRosterIsStaleWhenNeverSyncedOrSyncedLongAgo() {
        CourseRoster roster = new CourseRoster(UUID.randomUUID(), OFFERED, NOW);
        assertThat(roster.isStale(NOW, Duration.ofHours(24))).isTrue();
        roster.succeeded(null, NOW);
        assertThat(roster.isStale(NOW.plus(Duration.ofHours(23)), Duration.ofHours(24))).isFalse();
        assertThat(roster.isStale(NOW.plus(Duration.ofHours(25)), Duration.ofHours(24))).isTrue();
    }
}
