package org.thirdspace.application.synthesis;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.community.synthesis.WeeklySyntheses;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.database.DatabaseReady;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drafts last week's synthesis for every space with a synthesizer, once the week is over. Every
 * node runs the same timer (as {@code ScheduledRosterSyncs} does); the week's database lease
 * decides which node drafts, and it renews the lease after each space, so a cluster drafts each
 * space's week once and a node that stops is taken over when its lease runs out. A space already
 * drafted (on demand, or by an earlier run) is skipped.
 */
@ApplicationScoped
public class ScheduledWeeklySyntheses {

    private static final Logger LOG = Logger.getLogger(ScheduledWeeklySyntheses.class.getName());
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int PER_ROUND = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ToolSettings settings;
    private WeeklySyntheses syntheses;
    private DraftWeeklySynthesis draft;
    private final UUID node = TimeOrderedUuid.next();

    protected ScheduledWeeklySyntheses() {
    }

    @Inject
    public ScheduledWeeklySyntheses(ToolSettings settings, WeeklySyntheses syntheses, DraftWeeklySynthesis draft) {
        this.settings = settings;
        this.syntheses = syntheses;
        this.draft = draft;
    }

    void onDatabaseReady(@Observes DatabaseReady ready) {
        Duration every = settings.synthesisSchedule();
        if (every.isZero()) {
            LOG.info("Weekly synthesis drafts are off");
            return;
        }
        scheduler.scheduleWithFixedDelay(this::tick, every.toSeconds(), every.toSeconds(), TimeUnit.SECONDS);
    }

    void tick() {
        // An exception escaping a scheduled task would cancel every later tick.
        try {
            run(Instant::now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Weekly syntheses: this round failed; the next one will try again", DatabaseFailures.withoutMessages(e));
        }
    }

    /** Drafts last week for the spaces that have none; returns how many were drafted by this node. */
    public int run(Supplier<Instant> clock) {
        Instant now = clock.get();
        Week week = Week.containing(now).previous();
        if (syntheses.runFinished(week) || !syntheses.acquireRun(week, node, now, now.plus(LEASE))) {
            return 0;
        }
        int drafted = 0;
        while (true) {
            List<WeeklySyntheses.SynthesizedSpace> due = syntheses.due(week, PER_ROUND);
            int before = drafted;
            for (WeeklySyntheses.SynthesizedSpace space : due) {
                try {
                    if (draft.onSchedule(space, week, clock.get()).isPresent()) {
                        drafted++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Weekly syntheses: a space's draft failed; it is left for its synthesizer",
                            DatabaseFailures.withoutMessages(e));
                }
                Instant renewed = clock.get();
                if (!syntheses.acquireRun(week, node, renewed, renewed.plus(LEASE))) {
                    return drafted;
                }
            }
            if (due.size() < PER_ROUND || drafted == before) {
                break;
            }
        }
        syntheses.finishRun(week, node, clock.get());
        return drafted;
    }
}
