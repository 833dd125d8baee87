package org.thirdspace.application.lms;

/** The platform could not answer now (5xx, 429, a timeout, a broken connection): worth retrying. */
public class ServiceUnavailable extends ServiceFailure {

    public ServiceUnavailable(String message) {
        super(message, null);
    }

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
