package org.thirdspace.community.synthesis;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * A synthesis week: Monday 00:00 UTC to the next Monday (ISO 8601 weeks start on Monday). UTC
 * because a space's members may be anywhere; the week a post belongs to must not depend on who
 * reads the synthesis.
 */
public record Week(LocalDate monday) {

    public Week {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday");
        }
    }

    public static Week containing(Instant instant) {
        return of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Week of(LocalDate day) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public Instant start() {
        return monday.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Week previous() {
        return new Week(monday.minusWeeks(1));
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(end());
    }
}
