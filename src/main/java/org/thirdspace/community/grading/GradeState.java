package org.thirdspace.community.grading;

/** Where a learner's score for a link stands. */
public enum GradeState {
    /** Waiting to be sent (new, or changed since it was sent). */
    PENDING,
    /** The LMS accepted it. */
    SENT,
    /** The last attempt failed with a passing trouble; the tool tries again later. */
    RETRYING,
    /** The LMS refused it in a way a retry cannot fix; sent again when the score or the setting changes. */
    FAILED
}
