package org.thirdspace.community.notification;

/**
 * Why a person is told about something, and what they must be able to read for it to be delivered
 * and listed: a notification names its thread's title, its actor and leads to a post, so it goes
 * only to someone who may read them — when it is delivered, and again whenever it is listed (a
 * thread can move, narrow or be hidden since).
 */
public enum NotificationKind {
    /** Someone mentioned them. */
    MENTION,
    /** A new reply in a thread they follow or started. */
    REPLY,
    /** A facilitator proposes to show their thread to a wider audience. */
    AUDIENCE_REQUEST,
    /** Their reply is in a thread now shown more widely; it stays hidden there until they share it. */
    SHARE_REQUEST,
    /** A new thread with a tag they follow. */
    TAGGED_THREAD,
    /** The moderators wrote privately about one of their posts (gentle correction). */
    MODERATOR_NOTE,
    /** For a space's moderators: a report opened a case that waits for them (the reporter is not named). */
    REPORT_RECEIVED,
    /** For a space's moderators: an author edited their post and asks them to look again. */
    REVIEW_REQUESTED,
    /** For a reporter: the moderators decided on what they reported (the outcome is under My reports). */
    REPORT_DECIDED;

    /** What the recipient must be able to read. */
    public enum Needs {
        /** The thread and the post the notification is about. */
        POST,
        /** The post, as a moderator of the thread's space (where its case is). */
        MODERATION,
        /** The thread. */
        THREAD,
        /** Nothing: the notification carries no title, actor nor text. */
        NOTHING
    }

    public Needs needs() {
        return switch (this) {
            case MENTION, REPLY, SHARE_REQUEST, MODERATOR_NOTE -> Needs.POST;
            case REPORT_RECEIVED, REVIEW_REQUESTED -> Needs.MODERATION;
            case AUDIENCE_REQUEST, TAGGED_THREAD -> Needs.THREAD;
            case REPORT_DECIDED -> Needs.NOTHING;
        };
    }
}
