package org.thirdspace.application;

/** The person is suspended or deleted in the tool: the LMS may still launch them, the tool refuses. */
public class PersonBarred extends RuntimeException {
    public PersonBarred(String message) {
        super(message);
    }
}
