package org.thirdspace.application.grading;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.community.grading.Participation;
import org.thirdspace.community.grading.ScoreInputs;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.database.DatabaseReady;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's worker, off every request thread: on each tick it queues the scores that changed on
 * the links with grading on whose inputs changed ({@link ScoredLinks}), then sends the deliveries
 * that are due. Every node runs it; the database lease on each delivery decides which node sends
 * it, so a cluster sends each score once.
 */
@ApplicationScoped
public class ScheduledGradeDeliveries {

    private static final Logger LOG = Logger.getLogger(ScheduledGradeDeliveries.class.getName());
    /** Deliveries one node sends per tick, so that a slow LMS cannot hold a tick for long. */
    static final int PER_TICK = 25;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ToolSettings settings;
    private QueueParticipationGrades queue;
    private GradeOutbox outbox;
    private DeliverGrade deliver;
    private Participation participation;
    private final ScoredLinks scoredLinks = new ScoredLinks();

    protected ScheduledGradeDeliveries() {
    }

    @Inject
    public ScheduledGradeDeliveries(ToolSettings settings, QueueParticipationGrades queue, GradeOutbox outbox,
                                    DeliverGrade deliver, Participation participation) {
        this.settings = settings;
        this.queue = queue;
        this.outbox = outbox;
        this.deliver = deliver;
        this.participation = participation;
    }

    void onDatabaseReady(@Observes DatabaseReady ready) {
        Duration every = settings.gradesTick();
        if (every.isZero()) {
            LOG.info("Grade delivery is off");
            return;
        }
        scheduler.scheduleWithFixedDelay(this::tick, every.toSeconds(), every.toSeconds(), TimeUnit.SECONDS);
    }

    void tick() {
        // An exception escaping a scheduled task would cancel every later tick.
        try {
            queueChangedScores();
            Instant now = Instant.now();
            for (UUID deliveryId : outbox.due(now, PER_TICK)) {
                if (outbox.lease(deliveryId, Instant.now())) {
                    deliver.deliver(deliveryId);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Grade delivery: this round failed; the next one will try again",
                    DatabaseFailures.withoutMessages(e));
        }
    }

    /** Scores the graded links whose inputs changed since this node last scored them. */
    void queueChangedScores() {
        Instant read = Instant.now();
        Map<UUID, ScoreInputs> graded = participation.gradedLinks();
        scoredLinks.keepOnly(graded.keySet());
        graded.forEach((linkId, inputs) -> {
            if (scoredLinks.due(linkId, inputs, read)) {
                queue.queue(linkId);
                scoredLinks.scored(linkId, inputs, read);
            }
        });
    }
}
