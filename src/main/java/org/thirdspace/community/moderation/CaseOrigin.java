package org.thirdspace.community.moderation;

/** What opened a case. */
public enum CaseOrigin {
    /** Members reported the post. */
    REPORTS,
    /** The post contains a term of the organisation's watch list. */
    WATCH_LIST,
    /** A moderator acted on the post (hid it, or wrote to its author) without a report. */
    MODERATOR
}
