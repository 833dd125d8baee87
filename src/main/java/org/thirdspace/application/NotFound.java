package org.thirdspace.application;

/** Nothing of that kind with that id exists for this person (also what other tenants' data looks like). */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
