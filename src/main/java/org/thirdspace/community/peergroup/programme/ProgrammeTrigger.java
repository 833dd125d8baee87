package org.thirdspace.community.peergroup.programme;

/** What starts a programme's first round. */
public enum ProgrammeTrigger {
    /** The course's end date, from the custom value {@code course_end} (ISO-8601) its launches carry. */
    COURSE_END,
    /** The LMS's completion signal for the course. */
    COMPLETION,
    /** A facilitator starts it. */
    MANUAL
}
