package org.thirdspace.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.health.HealthReport;
import org.thirdspace.config.ToolSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Community-health views as last computed, on this node. An organisation of 50,000 people and a
 * million posts takes over a second to compute; a view is served as computed for the cache time,
 * and the views asked for in the last week are computed again ahead of it (see
 * {@link RefreshHealthViews}), so an administrator's page answers at once and its figures are at
 * most that old — the page says as of when. Aggregates only, like the reports themselves.
 */
@ApplicationScoped
public class HealthViews {

    /** A view not asked for in this long is no longer computed ahead, and is forgotten. */
    static final Duration KEPT_WARM = Duration.ofDays(7);
    /** Views kept at most: beyond, the least recently asked for go. */
    static final int MOST = 1_000;

    /** One view: an organisation or one of its spaces, over given days or (nulls) the default period. */
    public record Key(UUID organisation, UUID space, LocalDate from, LocalDate to) {
    }

    private record View(HealthReport report, Instant computed, Instant asked) {
    }

    private final Map<Key, View> views = new ConcurrentHashMap<>();
    private ToolSettings settings;

    protected HealthViews() {
    }

    @Inject
    public HealthViews(ToolSettings settings) {
        this.settings = settings;
    }

    Duration lifetime() {
        return settings.healthCache();
    }

    /** The view as computed less than the cache time ago, noting that it was asked for. */
    Optional<HealthReport> served(Key key, Instant now) {
        Duration lifetime = lifetime();
        View view = views.get(key);
        if (lifetime.isZero() || view == null || !view.computed().plus(lifetime).isAfter(now)) {
            return Optional.empty();
        }
        views.put(key, new View(view.report(), view.computed(), now));
        return Optional.of(view.report());
    }

    void keep(Key key, HealthReport report, Instant computed, Instant asked) {
        if (lifetime().isZero()) {
            return;
        }
        views.merge(key, new View(report, computed, asked),
                (old, fresh) -> new View(fresh.report(), fresh.computed(), old.asked().isAfter(fresh.asked()) ? old.asked() : fresh.asked()));
        if (views.size() > MOST) {
            views.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().asked())).limit(views.size() - MOST)
                    .map(Map.Entry::getKey).toList().forEach(views::remove);
        }
    }

    /** When a view was last asked for, if it is kept. */
    Optional<Instant> asked(Key key) {
        return Optional.ofNullable(views.get(key)).map(View::asked);
    }

    /**
     * The views to compute again now: asked for in the last week and computed more than half the
     * cache time ago, so that they are fresh again before they expire. Views not asked for in a
     * week are forgotten.
     */
    List<Key> due(Instant now) {
        views.entrySet().removeIf(e -> e.getValue().asked().plus(KEPT_WARM).isBefore(now));
        Duration half = lifetime().dividedBy(2);
        return views.entrySet().stream().filter(e -> !e.getValue().computed().plus(half).isAfter(now))
                .map(Map.Entry::getKey).toList();
    }
}
