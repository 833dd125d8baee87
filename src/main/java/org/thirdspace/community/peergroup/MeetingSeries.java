package org.thirdspace.community.peergroup;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A peer group's meetings: every {@code intervalMonths} months (monthly by default) on the n-th
 * weekday of the month (the second Tuesday, say) at one time of the UTC day, chosen by
 * {@link MeetingTime}, with an agenda of starter prompts. A calendar repeats it with
 * {@code RRULE:FREQ=MONTHLY;BYDAY=2TU} (RFC 5545 §3.3.10); a weekday of the month, unlike a day of
 * the month, never falls on a weekend. Meetings are numbered from 0, the first.
 */
@Entity
@Table(name = "peer_group_meeting_series")
@Access(AccessType.FIELD)
public class MeetingSeries {

    public static final int MAX_PROMPTS = 10;
    public static final int MAX_PROMPT_LENGTH = 300;
    /** A series is looked ahead this far at most (a hundred years of monthly meetings). */
    static final int MAX_OCCURRENCES = 1200;

    @Id
    @Column(name = "peer_group_id")
    private UUID peerGroupId;
    @Column(name = "first_start_at", nullable = false)
    private Instant firstStartAt;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(name = "interval_months", nullable = false)
    private int intervalMonths;
    @Column(name = "week_of_month", nullable = false)
    private int weekOfMonth;
    @Column(nullable = false)
    private String weekday;
    /** The prompts, one a line; null: the product's starter prompts, in the reader's language. */
    private String agenda;
    @Column(name = "within_hours", nullable = false)
    private int withinHours;
    @Column(name = "known_hours", nullable = false)
    private int knownHours;
    /** RFC 5545 SEQUENCE: how many times the series was rescheduled. */
    @Column(nullable = false)
    private int sequence;
    @Column(name = "scheduled_by", nullable = false)
    private UUID scheduledBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingSeries() {
    }

    public MeetingSeries(UUID peerGroupId, Plan plan, UUID scheduledBy, Instant now) {
        this.peerGroupId = peerGroupId;
        this.createdAt = now;
        this.sequence = -1;
        reschedule(plan, scheduledBy, now);
    }

    /** What a facilitator chose and the time {@link MeetingTime} found. */
    public record Plan(int weekOfMonth, DayOfWeek weekday, int intervalMonths, MeetingTime.Choice time, List<String> agenda) {

        public Plan {
            if (weekOfMonth < 1 || weekOfMonth > 4) {
                throw new IllegalArgumentException("week of month is 1 to 4");
            }
            if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("meetings are on working days");
            }
            if (intervalMonths < 1 || intervalMonths > 12) {
                throw new IllegalArgumentException("interval is 1 to 12 months");
            }
            agenda = agenda == null ? null : List.copyOf(agenda);
        }
    }

    /** A new plan; the first meeting is the first such day after {@code now}. */
    public void reschedule(Plan plan, UUID by, Instant now) {
        this.weekOfMonth = plan.weekOfMonth();
        this.weekday = plan.weekday().name();
        this.intervalMonths = plan.intervalMonths();
        this.durationMinutes = plan.time().durationMinutes();
        this.withinHours = plan.time().withinHours();
        this.knownHours = plan.time().known();
        this.agenda = plan.agenda() == null || plan.agenda().isEmpty() ? null : String.join("\n", plan.agenda());
        LocalTime time = LocalTime.ofSecondOfDay(plan.time().utcMinute() * 60L);
        LocalDate month = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        Instant first = day(month, time);
        if (!first.isAfter(now)) {
            first = day(month.plusMonths(1), time);
        }
        this.firstStartAt = first;
        this.scheduledBy = by;
        this.sequence++;
        this.updatedAt = now;
    }

    private Instant day(LocalDate month, LocalTime time) {
        return ZonedDateTime.of(month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, DayOfWeek.valueOf(weekday))), time,
                ZoneOffset.UTC).toInstant();
    }

    /** When meeting {@code n} (0 the first) starts. */
    public Instant start(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("meetings are numbered from 0");
        }
        LocalDate firstMonth = firstStartAt.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        return day(firstMonth.plusMonths((long) n * intervalMonths), firstStartAt.atZone(ZoneOffset.UTC).toLocalTime());
    }

    /** The number of the next meeting: the first that has not ended by {@code now}. */
    public int next(Instant now) {
        for (int n = 0; n < MAX_OCCURRENCES; n++) {
            if (start(n).plus(duration()).isAfter(now)) {
                return n;
            }
        }
        return MAX_OCCURRENCES;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public UUID peerGroupId() {
        return peerGroupId;
    }

    public Instant firstStartAt() {
        return firstStartAt;
    }

    public int intervalMonths() {
        return intervalMonths;
    }

    public int weekOfMonth() {
        return weekOfMonth;
    }

    public DayOfWeek weekday() {
        return DayOfWeek.valueOf(weekday);
    }

    /** The facilitator's prompts, or empty for the starter prompts. */
    public List<String> agenda() {
        return agenda == null ? List.of() : Arrays.asList(agenda.split("\n"));
    }

    public int withinHours() {
        return withinHours;
    }

    public int knownHours() {
        return knownHours;
    }

    public int sequence() {
        return sequence;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
