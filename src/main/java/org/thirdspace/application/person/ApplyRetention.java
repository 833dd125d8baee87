package org.thirdspace.application.person;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.application.Administrator;
import org.thirdspace.community.person.PersonalRecords;
import org.thirdspace.community.person.PersonalRecords.PersonRef;
import org.thirdspace.config.Setting;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseReady;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retention setting: people who have not launched for its period are erased as an administrator
 * would erase them ({@link ErasePerson}), each in a transaction of their own and in the audit log
 * under the setting's name. Every node runs the check; erasing twice changes nothing, so two nodes
 * meeting on one person cost a wasted statement, not a wrong result.
 */
@ApplicationScoped
public class ApplyRetention {

    private static final Logger LOG = Logger.getLogger(ApplyRetention.class.getName());
    static final int PER_TICK = 500;
    static final Duration LONGEST_TICK = Duration.ofHours(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ToolSettings settings;
    private PersonalRecords records;
    private ErasePerson erasePerson;

    protected ApplyRetention() {
    }

    @Inject
    public ApplyRetention(ToolSettings settings, PersonalRecords records, ErasePerson erasePerson) {
        this.settings = settings;
        this.records = records;
        this.erasePerson = erasePerson;
    }

    void onDatabaseReady(@Observes DatabaseReady ready) {
        settings.retentionDormantAfter().ifPresentOrElse(dormant -> {
            long tick = tickSeconds(dormant);
            scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.SECONDS);
            LOG.info(() -> "Retention: people erased after " + dormant + " without a launch, checked every " + tick + " s");
        }, () -> LOG.fine("Retention is off"));
    }

    /** Hourly, or a quarter of a shorter period (so a short one is honoured closely), at least every second. */
    static long tickSeconds(TemporalAmount dormant) {
        Instant now = Instant.now();
        long seconds = Duration.between(now.atOffset(ZoneOffset.UTC).minus(dormant).toInstant(), now).toSeconds();
        return Math.max(1, Math.min(LONGEST_TICK.toSeconds(), seconds / 4));
    }

    private void tick() {
        try {
            apply(Instant.now());
        } catch (RuntimeException e) {
            // The next tick tries again; a scheduled task that throws is never run again.
            LOG.log(Level.WARNING, "Retention check failed; it runs again at the next tick", e);
        }
    }

    /** Erases up to {@link #PER_TICK} dormant people; returns how many. */
    public int apply(Instant now) {
        TemporalAmount dormant = settings.retentionDormantAfter().orElse(null);
        if (dormant == null) {
            return 0;
        }
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(dormant).toInstant();
        List<PersonRef> due = records.dormantSince(cutoff, PER_TICK);
        Administrator by = Administrator.setting(Setting.RETENTION_DORMANT_AFTER.key());
        int erased = 0;
        for (PersonRef person : due) {
            if (erasePerson.eraseDormant(by, person.organisationId(), person.personId(), cutoff, now)) {
                erased++;
            }
        }
        return erased;
    }
}
