package org.thirdspace.lti.dynamic;

/**
 * A dynamic registration the tool will not complete. {@link #reason()} is a stable key (for the
 * page's title and the log); the message says what was wrong, without tokens.
 */
public class RegistrationRefused extends RuntimeException {

    private final String reason;

    public RegistrationRefused(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
