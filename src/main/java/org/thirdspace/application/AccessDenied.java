package org.thirdspace.application;

/**
 * The person may not do this here; the message says what is missing, never more than they may
 * know. The code tells the page why (e.g. {@code suspended}), so it can say what to do.
 */
public class AccessDenied extends RuntimeException {
    private final String code;

    public AccessDenied(String message) {
        this("access-denied", message);
    }

    public AccessDenied(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
