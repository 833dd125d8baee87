package org.thirdspace.community.grading;

import java.time.Instant;

/**
 * "Started or replied to N conversations between two dates": the only evidence counted is the
 * conversations (threads) in which the learner wrote the opening post or a reply within the period,
 * each conversation once — never reactions, views or engagement points.
 *
 * <p>The score is the number of such conversations, at most N, out of N (AGS 2.0 §3.4: a real
 * {@code scoreMaximum}). Reaching N completes the activity (Completed, FullyGraded); before that the
 * learner is InProgress and the grade Pending — unless the period is over, when what was reached is
 * final (Submitted, FullyGraded).
 */
public record ParticipationRule(int requiredConversations, Instant periodStart, Instant periodEnd) {

    public static final int MAX_REQUIRED = 100;

    public ParticipationRule {
        if (requiredConversations < 1 || requiredConversations > MAX_REQUIRED) {
            throw new IllegalArgumentException("required conversations must be between 1 and " + MAX_REQUIRED);
        }
        if (periodStart != null && periodEnd != null && !periodEnd.isAfter(periodStart)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
    }

    public Score score(long conversations, Instant now) {
        int given = (int) Math.min(conversations, requiredConversations);
        if (given >= requiredConversations) {
            return new Score(given, requiredConversations, "Completed", "FullyGraded");
        }
        if (periodEnd != null && !now.isBefore(periodEnd)) {
            return new Score(given, requiredConversations, "Submitted", "FullyGraded");
        }
        return new Score(given, requiredConversations, given == 0 ? "Initialized" : "InProgress", "Pending");
    }

    /** A score as AGS 2.0 §3.4 names its parts. */
    public record Score(int given, int maximum, String activityProgress, String gradingProgress) {
    }
}
