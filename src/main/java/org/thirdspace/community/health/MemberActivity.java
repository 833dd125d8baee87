package org.thirdspace.community.health;

/** A member's activity in a period: threads started, replies written, whether they read anything. */
public record MemberActivity(long threads, long replies, boolean read) {

    public static final MemberActivity NONE = new MemberActivity(0, 0, false);

    public ActivityState state() {
        if (threads > 0) {
            return ActivityState.CREATOR;
        }
        if (replies > 0) {
            return ActivityState.CONTRIBUTOR;
        }
        return read ? ActivityState.READER : ActivityState.DORMANT;
    }

    public boolean posted() {
        return threads > 0 || replies > 0;
    }

    public boolean active() {
        return state() != ActivityState.DORMANT;
    }
}
