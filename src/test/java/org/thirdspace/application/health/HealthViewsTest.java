package org.thirdspace.application.health;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.health.HealthReport;
import org.thirdspace.config.Setting;
import org.thirdspace.config.ToolSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HealthViewsTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");
    private static final HealthViews.Key ORGANISATION = new HealthViews.Key(UUID.randomUUID(), null, null, null);

    private static HealthViews views(String seconds) {
        return new HealthViews(ToolSettings.of(Map.of(Setting.HEALTH_CACHE_SECONDS, seconds)));
    }

    private static HealthReport report(Instant asOf) {
        return new HealthReport(asOf.minus(Duration.ofDays(30)), asOf, null, null, null, null, null, null, null, null, asOf);
    }

    @Test
    void aViewIsServedForTheCacheTimeAndKeptApartFromOtherViews() {
        HealthViews views = views("600");
        views.keep(ORGANISATION, report(T), T, T);
        assertThat(views.served(ORGANISATION, T.plusSeconds(599))).contains(report(T));
        assertThat(views.served(ORGANISATION, T.plusSeconds(600))).as("expired").isEmpty();
        assertThat(views.served(new HealthViews.Key(ORGANISATION.organisation(), UUID.randomUUID(), null, null), T)).isEmpty();
        assertThat(views.served(new HealthViews.Key(ORGANISATION.organisation(), null, LocalDate.of(2026, 11, 1), null), T)).isEmpty();
        assertThat(views.served(new HealthViews.Key(UUID.randomUUID(), null, null, null), T)).as("another organisation").isEmpty();
    }

    @Test
    void viewsAreDueAgainAfterHalfTheCacheTimeAndForgottenAfterAWeekUnasked() {
        HealthViews views = views("600");
        views.keep(ORGANISATION, report(T), T, T);
        assertThat(views.due(T.plusSeconds(299))).isEmpty();
        assertThat(views.due(T.plusSeconds(300))).containsExactly(ORGANISATION);
        views.keep(ORGANISATION, report(T.plusSeconds(300)), T.plusSeconds(300), T);
        assertThat(views.due(T.plusSeconds(301))).as("computed again").isEmpty();
        assertThat(views.asked(ORGANISATION)).as("computing ahead is not asking").contains(T);
        assertThat(views.due(T.plus(Duration.ofDays(8)))).isEmpty();
        assertThat(views.asked(ORGANISATION)).as("forgotten").isEmpty();
    }

    @Test
    void noCacheTimeMeansEveryRequestComputes() {
        HealthViews views = views("0");
        views.keep(ORGANISATION, report(T), T, T);
        assertThat(views.served(ORGANISATION, T)).isEmpty();
        assertThat(views.due(T.plusSeconds(1))).isEmpty();
    }

    @Test
    void theLeastRecentlyAskedGoBeyondTheMost() {
        HealthViews views = views("600");
        for (int i = 0; i <= HealthViews.MOST; i++) {
            views.keep(new HealthViews.Key(UUID.randomUUID(), null, null, null), report(T), T, T.plusSeconds(i));
        }
        views.keep(ORGANISATION, report(T), T, T.plusSeconds(5_000));
        assertThat(views.served(ORGANISATION, T.plusSeconds(1))).isPresent();
        assertThat(views.due(T.plusSeconds(300))).hasSize(HealthViews.MOST);
    }
}
