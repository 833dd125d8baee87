package org.thirdspace.application.roster;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.database.DatabaseReady;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Syncs every course roster on a schedule. Every node runs the same timer; the database lease
 * decides which node syncs a due course, so a cluster syncs each course once per interval however
 * many nodes it has. A course whose last attempt failed waits one interval before the next.
 */
@ApplicationScoped
public class ScheduledRosterSyncs {

    private static final Logger LOG = Logger.getLogger(ScheduledRosterSyncs.class.getName());
    /** Courses started per tick and node, so a cold start does not start every course at once. */
    static final int PER_TICK = 4;
    static final Duration LONGEST_TICK = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ToolSettings settings;
    private Rosters rosters;
    private StartRosterSync startRosterSync;

    protected ScheduledRosterSyncs() {
    }

    @Inject
    public ScheduledRosterSyncs(ToolSettings settings, Rosters rosters, StartRosterSync startRosterSync) {
        this.settings = settings;
        this.rosters = rosters;
        this.startRosterSync = startRosterSync;
    }

    void onDatabaseReady(@Observes DatabaseReady ready) {
        Duration every = settings.rosterSchedule();
        if (every.isZero()) {
            LOG.info("Scheduled roster syncs are off");
            return;
        }
        long tick = Math.max(1, Math.min(every.toSeconds(), LONGEST_TICK.toSeconds()));
        scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.SECONDS);
    }

    void tick() {
        // An exception escaping a scheduled task would cancel every later tick.
        try {
            for (UUID courseId : due()) {
                startRosterSync.onSchedule(courseId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled roster syncs: this round failed; the next one will try again",
                    DatabaseFailures.withoutMessages(e));
        }
    }

    List<UUID> due() {
        Instant now = Instant.now();
        return rosters.due(now.minus(settings.rosterSchedule()), now, PER_TICK);
    }
}
