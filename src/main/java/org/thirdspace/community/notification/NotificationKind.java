package org.thirdspace.community.notification;

/** Why a person is told about something. */
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
    MODERATOR_NOTE
}
