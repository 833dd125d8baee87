package org.thirdspace.community.moderation;

/** What happened in a case; each kind is one line of its history. */
public enum StepKind {
    OPENED, REPORTED, HIDDEN, RESTORED, NOTE_SENT, REVIEW_REQUESTED, UPHELD, DISMISSED, ESCALATED;

    static StepKind of(ModerationState decision) {
        return switch (decision) {
            case UPHELD -> UPHELD;
            case DISMISSED -> DISMISSED;
            case ESCALATED -> ESCALATED;
            case PENDING -> throw new IllegalArgumentException("no step leads back to PENDING");
        };
    }
}
