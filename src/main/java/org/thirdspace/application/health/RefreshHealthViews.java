package org.thirdspace.application.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.database.DatabaseReady;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Computes the community-health views people keep asking for again before they expire, in the
 * background, one after the other (each is a few queries over the period's posts and reads).
 * Every node keeps its own views; no lease is needed, as nothing is written.
 */
@ApplicationScoped
public class RefreshHealthViews {

    private static final Logger LOG = Logger.getLogger(RefreshHealthViews.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private HealthViews views;
    private ShowCommunityHealth health;

    protected RefreshHealthViews() {
    }

    @Inject
    public RefreshHealthViews(HealthViews views, ShowCommunityHealth health) {
        this.views = views;
        this.health = health;
    }

    void onDatabaseReady(@Observes DatabaseReady ready) {
        long lifetime = views.lifetime().toSeconds();
        if (lifetime == 0) {
            return;
        }
        long every = Math.max(5, lifetime / 4);
        scheduler.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.SECONDS);
    }

    void refresh() {
        // An exception escaping a scheduled task would cancel every later run.
        try {
            for (HealthViews.Key key : views.due(Instant.now())) {
                Instant now = Instant.now();
                views.keep(key, health.compute(key, now), now, views.asked(key).orElse(now));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Community health: computing the views ahead failed; the next run tries again",
                    DatabaseFailures.withoutMessages(e));
        }
    }
}
