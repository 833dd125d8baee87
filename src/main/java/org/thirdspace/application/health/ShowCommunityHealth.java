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
    private HealthViews views;

    protected ShowCommunityHealth() {
    }

    @Inject
    public ShowCommunityHealth(HealthData data, Spaces spaces, HealthViews views) {
        this.data = data;
        this.spaces = spaces;
        this.views = views;
    }

    /**
     * @param from  first day of the period (null: 30 days before {@code to})
     * @param to    last day of the period, included (null: today)
     * @param fresh computed now, rather than served as computed up to the cache time ago
     */
    @Transactional
    public HealthReport show(Administrator by, UUID organisationId, UUID spaceId, LocalDate from, LocalDate to, boolean fresh,
                             Instant now) {
        by.requireOrganisation(organisationId);
        if (spaceId != null) {
            spaces.find(organisationId, spaceId).orElseThrow(() -> new NotFound("no such space"));
        }
        HealthViews.Key key = new HealthViews.Key(organisationId, spaceId, from, to);
        Period period = period(key, now);
        if (!fresh) {
            var served = views.served(key, now);
            if (served.isPresent()) {
                return served.get();
            }
        }
        HealthReport report = CommunityHealth.report(data, new HealthScope(organisationId, spaceId), period.start(), period.end(), now);
        views.keep(key, report, now, now);
        return report;
    }

    /** A view computed now, for the background refresh: the asking administrator was checked when it was first asked for. */
    @Transactional
    public HealthReport compute(HealthViews.Key key, Instant now) {
        Period period = period(key, now);
        return CommunityHealth.report(data, new HealthScope(key.organisation(), key.space()), period.start(), period.end(), now);
    }

    private record Period(Instant start, Instant end) {
    }

    private static Period period(HealthViews.Key key, Instant now) {
        Instant end = key.to() == null ? now : key.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = key.from() == null ? end.minus(DEFAULT_PERIOD) : key.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!start.isBefore(end)) {
            throw new InvalidRequest("from", "from must be before to");
        }
        if (Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidRequest("from", "a period is at most 366 days");
        }
        return new Period(start, end);
    }
}
