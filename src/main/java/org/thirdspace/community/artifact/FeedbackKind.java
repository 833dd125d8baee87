package org.thirdspace.community.artifact;

/** What a reader says of an artifact: it helped, or it is out of date (which asks for a review). */
public enum FeedbackKind {
    HELPED, OUTDATED
}
