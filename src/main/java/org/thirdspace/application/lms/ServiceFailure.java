package org.thirdspace.application.lms;

/**
 * A call to a platform service that did not give a usable answer. The message is safe to log and
 * to show admins: it never contains a token, a query string or personal data.
 */
public abstract class ServiceFailure extends Exception {

    protected ServiceFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
