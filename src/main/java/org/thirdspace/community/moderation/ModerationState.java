package org.thirdspace.community.moderation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a moderation case stands. A case starts {@link #PENDING}; a space's moderators uphold it,
 * dismiss it or escalate it to the organisation's admins, who then uphold or dismiss it. Upheld and
 * dismissed are final: a new concern about the same post opens a new case.
 */
public enum ModerationState {
    PENDING, UPHELD, DISMISSED, ESCALATED;

    /** The states this one may move to; nothing else is a legal transition. */
    public Set<ModerationState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(UPHELD, DISMISSED, ESCALATED);
            case ESCALATED -> EnumSet.of(UPHELD, DISMISSED);
            case UPHELD, DISMISSED -> EnumSet.noneOf(ModerationState.class);
        };
    }

    public boolean mayMoveTo(ModerationState to) {
        return next().contains(to);
    }

    /** Still waiting for a decision. */
    public boolean isOpen() {
        return this == PENDING || this == ESCALATED;
    }
}
