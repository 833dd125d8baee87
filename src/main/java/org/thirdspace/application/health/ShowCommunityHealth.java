package org.thirdspace.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.health.CommunityHealth;
import org.thirdspace.community.health.HealthData;
import org.thirdspace.community.health.HealthReport;
import org.thirdspace.community.health.HealthScope;
import org.thirdspace.community.space.Spaces;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Community health of an organisation or one of its spaces over a period (whole UTC days, the last
 * 30 by default, a year at most), for its administrators and the operator. Aggregates only.
 */
@ApplicationScoped
public class ShowCommunityHealth {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private HealthData data;
    private Spaces spaces;

    protected ShowCommunityHealth() {
    }

    @Inject
    public ShowCommunityHealth(HealthData data, Spaces spaces) {
        this.data = data;
        this.spaces = spaces;
    }

    /**
     * @param from first day of the period (null: 30 days before {@code to})
     * @param to   last day of the period, included (null: today)
     */
    @Transactional
    public HealthReport show(Administrator by, UUID organisationId, UUID spaceId, LocalDate from, LocalDate to, Instant now) {
        by.requireOrganisation(organisationId);
        if (spaceId != null) {
            spaces.find(organisationId, spaceId).orElseThrow(() -> new NotFound("no such space"));
        }
        Instant end = to == null ? now : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!start.isBefore(end)) {
            throw new InvalidRequest("from", "from must be before to");
        }
        if (Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidRequest("from", "a period is at most 366 days");
        }
        return CommunityHealth.report(data, new HealthScope(organisationId, spaceId), start, end, now);
    }
}
