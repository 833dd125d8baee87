package org.thirdspace.community.artifact;

import java.util.Optional;

/**
 * How far an artifact has been checked: a draft, reviewed by a peer, verified by an expert, or
 * obsolete (kept for its history, no longer to be relied on).
 */
public enum Verification {
    DRAFT, PEER_REVIEWED, EXPERT_VERIFIED, OBSOLETE;

    /** Reviewing or verifying counts as a review: the review interval starts again. */
    public boolean isReview() {
        return this == PEER_REVIEWED || this == EXPERT_VERIFIED;
    }

    /**
     * The steps allowed: any state to obsolete, an obsolete artifact only back to a draft, and
     * among the others any step up or down (a verifier may also take a verification back).
     */
    public boolean mayBecome(Verification next) {
        if (next == this) {
            return false;
        }
        if (this == OBSOLETE) {
            return next == DRAFT;
        }
        return true;
    }

    public static Optional<Verification> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Verification state : values()) {
            if (state.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
