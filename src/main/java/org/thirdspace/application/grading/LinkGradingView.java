package org.thirdspace.application.grading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A link's grading as its instructor sees it: whether the LMS lets grades go back (and why not),
 * the setting, and each learner's latest score and what the LMS said about it.
 */
public record LinkGradingView(boolean available, String unavailable, boolean enabled, int requiredConversations,
                              LocalDate from, LocalDate until, boolean lineItem, List<LearnerGrade> learners) {

    /**
     * One learner: the score (null before anything was queued), its state ({@code waiting},
     * {@code sent}, {@code retrying}, {@code failed}), the last problem the LMS answered with and
     * its HTTP status, attempts and the next one.
     */
    public record LearnerGrade(UUID personId, String name, Integer score, Integer maximum, String state, String problem,
                               Integer httpStatus, int attempts, Instant sentAt, Instant nextAttemptAt) {
    }
}
