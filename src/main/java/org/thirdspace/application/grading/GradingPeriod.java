package org.thirdspace.application.grading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The instructor's dates as instants: from the start of the first day to the end of the last, in
 * UTC (the page shows dates, not times; a day boundary off by a time zone moves at most a few hours
 * of conversations, which the instructor sees in the counts).
 */
final class GradingPeriod {

    private GradingPeriod() {
    }

    static Instant start(LocalDate from) {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant end(LocalDate until) {
        return until == null ? null : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static LocalDate from(Instant start) {
        return start == null ? null : LocalDate.ofInstant(start, ZoneOffset.UTC);
    }

    static LocalDate until(Instant end) {
        return end == null ? null : LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
    }
}
