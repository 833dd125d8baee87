package org.thirdspace.community.grading;

/**
 * What went wrong with the latest delivery of a score, as the instructor reads it (the page words
 * each one). Whether the tool tries again is {@link #retried()}.
 */
public enum GradeProblem {
    /** 404 on the line item: deleted in the LMS; the tool re-created or found it once. */
    LINE_ITEM_DELETED(true),
    /** 409: the LMS holds a later timestamp for this learner; sent again with a newer one. */
    STALE_TIMESTAMP(true),
    /** 401 even with a fresh access token. */
    UNAUTHORIZED(false),
    /** 403 or another refusal the same request cannot overcome. */
    REFUSED(false),
    /** 5xx or 429: the LMS could not answer now. */
    PLATFORM_UNAVAILABLE(true),
    /** No answer within the timeout, or the connection broke. */
    TIMED_OUT(true),
    /** The organisation's registration is not active, so the tool may not call its LMS. */
    PLATFORM_NOT_ACTIVE(true),
    /** The link's grade service does not allow it any more (see {@link GradingUnavailable}). */
    NOT_OFFERED(false);

    private final boolean retried;

    GradeProblem(boolean retried) {
        this.retried = retried;
    }

    public boolean retried() {
        return retried;
    }
}
