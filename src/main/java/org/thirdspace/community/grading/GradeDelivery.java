package org.thirdspace.community.grading;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A learner's score for one link in the outbox: the score to send, whether the LMS has it, and
 * what the LMS said last. One row per learner and link: a newer score replaces one not sent yet.
 */
@Entity
@Table(name = "grade_delivery")
@Access(AccessType.FIELD)
public class GradeDelivery {

    /** The first retry waits this long; each further one twice as long, up to {@link #LONGEST_WAIT}. */
    public static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    private UUID id;
    @Column(name = "resource_link_id", nullable = false, updatable = false)
    private UUID linkId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(nullable = false)
    private String subject;
    @Column(name = "score_given", nullable = false)
    private int scoreGiven;
    @Column(name = "score_maximum", nullable = false)
    private int scoreMaximum;
    @Column(name = "activity_progress", nullable = false)
    private String activityProgress;
    @Column(name = "grading_progress", nullable = false)
    private String gradingProgress;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GradeState state;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "last_timestamp")
    private Instant lastTimestamp;
    @Enumerated(EnumType.STRING)
    private GradeProblem problem;
    @Column(name = "problem_status")
    private Integer problemStatus;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GradeDelivery() {
    }

    public GradeDelivery(UUID linkId, UUID personId, String subject, ParticipationRule.Score score, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.linkId = Objects.requireNonNull(linkId);
        this.personId = Objects.requireNonNull(personId);
        this.subject = Objects.requireNonNull(subject);
        queue(score, now);
    }

    /**
     * The score the rule gives now. Returns whether it is news: a different score is queued for
     * sending; the same score is left as it stands (sent, or already waiting).
     */
    public boolean offer(ParticipationRule.Score score, Instant now) {
        if (score.equals(score())) {
            return false; // sent or waiting already; a refusal is sent again only when something changes
        }
        queue(score, now);
        return true;
    }

    /** The instructor saved the setting again: a refused score gets another chance. */
    public void retryRefused(Instant now) {
        if (state == GradeState.FAILED) {
            state = GradeState.PENDING;
            attempts = 0;
            nextAttemptAt = now;
            updatedAt = now;
        }
    }

    private void queue(ParticipationRule.Score score, Instant now) {
        this.scoreGiven = score.given();
        this.scoreMaximum = score.maximum();
        this.activityProgress = score.activityProgress();
        this.gradingProgress = score.gradingProgress();
        this.state = GradeState.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.updatedAt = now;
    }

    /**
     * The timestamp of the next score sent: now to the millisecond, and always after the last one
     * sent (AGS 2.0 §3.4.5: the platform ignores or refuses a score not newer than the one it has).
     * With {@code stale}, the LMS said it holds a later one (409): one second later than anything
     * sent or now.
     */
    public Instant nextTimestamp(Instant now, boolean stale) {
        Instant candidate = now.truncatedTo(ChronoUnit.MILLIS);
        if (lastTimestamp != null && !candidate.isAfter(lastTimestamp)) {
            candidate = lastTimestamp.plusMillis(1);
        }
        if (stale) {
            candidate = candidate.plusSeconds(1);
        }
        lastTimestamp = candidate;
        return candidate;
    }

    /** Remembers the latest timestamp sent, never going back. */
    public void timestampSent(Instant timestamp) {
        if (timestamp != null && (lastTimestamp == null || timestamp.isAfter(lastTimestamp))) {
            lastTimestamp = timestamp;
        }
    }

    public void sent(Instant now) {
        state = GradeState.SENT;
        problem = null;
        problemStatus = null;
        attempts += 1;
        sentAt = now;
        leaseUntil = null;
        updatedAt = now;
    }

    /**
     * A failed attempt: a passing problem is retried after a wait that doubles with each attempt;
     * a refusal waits for a change.
     */
    public void failed(GradeProblem what, Integer status, Instant now) {
        attempts += 1;
        problem = what;
        problemStatus = status;
        leaseUntil = null;
        updatedAt = now;
        if (what.retried()) {
            state = GradeState.RETRYING;
            nextAttemptAt = now.plus(wait(attempts));
        } else {
            state = GradeState.FAILED;
        }
    }

    /** A success after a problem the tool overcame: the instructor still reads what happened. */
    public void note(GradeProblem what, Integer status) {
        problem = what;
        problemStatus = status;
    }

    static Duration wait(int attempts) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public ParticipationRule.Score score() {
        return activityProgress == null ? null
                : new ParticipationRule.Score(scoreGiven, scoreMaximum, activityProgress, gradingProgress);
    }

    public UUID id() {
        return id;
    }

    public UUID linkId() {
        return linkId;
    }

    public UUID personId() {
        return personId;
    }

    public String subject() {
        return subject;
    }

    public GradeState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public GradeProblem problem() {
        return problem;
    }

    public Integer problemStatus() {
        return problemStatus;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
