package org.thirdspace.community.grading;

import java.time.Instant;

/**
 * What a graded link's scores are computed from, summed up so that whatever changes a score
 * changes the summary: the instructor's setting (its last change; the period's end, which turns
 * an unfinished score into a submitted one when it passes), the posts of the space the link
 * opens (how many, how many deleted — a deletion is never undone — and the latest written; a
 * thread moved away or in changes the count) and the course's memberships (how many, the latest
 * change of one). Two equal summaries mean the same scores, but for the passing of time, which
 * {@link #periodEnd()} names.
 */
public record ScoreInputs(Instant settingChanged, Instant periodEnd, long posts, long deletedPosts, Instant lastPost,
                          long memberships, Instant lastMembershipChange) {
}
