package org.thirdspace.community.health;

/**
 * What a member did in a period, the most engaged first: started a conversation, replied, only read,
 * or nothing. The order is the spiral's: moving up the list is moving inward.
 */
public enum ActivityState {
    CREATOR, CONTRIBUTOR, READER, DORMANT;

    /** Whether {@code later} is further inward than this state. */
    public boolean inwardTo(ActivityState later) {
        return later.ordinal() < ordinal();
    }
}
