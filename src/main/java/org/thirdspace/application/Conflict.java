package org.thirdspace.application;

/** The request is valid but contradicts the current state (e.g. a rotation step out of order). */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
