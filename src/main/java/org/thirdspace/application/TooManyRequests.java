package org.thirdspace.application;

import java.time.Duration;

/** A per-person limit was reached; nothing was written, and the action may be tried again after a while. */
public class TooManyRequests extends RuntimeException {
    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
