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
    MODERATOR_NOTE,
    /** For a space's moderators: a report opened a case that waits for them (the reporter is not named). */
    REPORT_RECEIVED,
    /** For a space's moderators: an author edited their post and asks them to look again. */
    REVIEW_REQUESTED,
    /** For a reporter: the moderators decided on what they reported (the outcome is under My reports). */
    REPORT_DECIDED
}
