package org.thirdspace.community.space;

/**
 * What a person does in a space. Course instructors and designers are facilitators; learners are
 * members; facilitators give the other roles.
 */
public enum SpaceRole {
    MEMBER, GUEST_EXPERT, SYNTHESIZER, MODERATOR, FACILITATOR;

    /** Seeds and pins topics, shapes the space, gives roles. */
    public boolean facilitates() {
        return this == FACILITATOR;
    }

    /** Watches over conversations: locks, hides, sees the moderation queue. */
    public boolean moderates() {
        return this == MODERATOR || this == FACILITATOR;
    }

    /** Of two roles, the one that may do more. */
    public SpaceRole atLeast(SpaceRole other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
