package org.thirdspace.application;

/** Input the use case refuses, with a message that says which field and why; nothing was written. */
public class InvalidRequest extends RuntimeException {
    private final String field;

    public InvalidRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
