package org.thirdspace.community.moderation;

/** A case was asked to move along a transition the state machine does not have. */
public class IllegalTransition extends RuntimeException {
    public IllegalTransition(ModerationState from, ModerationState to) {
        super("a case that is " + from + " cannot become " + to);
    }
}
