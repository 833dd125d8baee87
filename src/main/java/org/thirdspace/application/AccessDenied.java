package org.thirdspace.application;

/** The person may not do this here; the message says what is missing, never more than they may know. */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
