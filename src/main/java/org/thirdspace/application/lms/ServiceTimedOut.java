package org.thirdspace.application.lms;

/** The platform did not answer within the timeout (or the connection broke): worth retrying later. */
public class ServiceTimedOut extends ServiceUnavailable {

    public ServiceTimedOut(String message, Throwable cause) {
        super(message, cause);
    }
}
