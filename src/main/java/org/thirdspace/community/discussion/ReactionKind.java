package org.thirdspace.community.discussion;

/** A small positive set of reactions; there are no downvotes. */
public enum ReactionKind {
    HELPFUL, INSIGHTFUL, THANKS
}
