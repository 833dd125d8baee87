package org.thirdspace.community.grading;

/** Why a link's grades cannot go back to the LMS; the page says each in words. */
public enum GradingUnavailable {
    /** No launch from this link offered Assignment and Grade Services. */
    NO_SERVICE,
    /** The LMS offered the service without the score scope: the tool may not post scores. */
    NO_SCORE_SCOPE,
    /** No line item for the link and no permission to create one. */
    NO_LINE_ITEM
}
