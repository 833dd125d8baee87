package org.thirdspace.application.lms;

/**
 * The platform said no (a 4xx), the request was not allowed to leave (SSRF policy, no token
 * endpoint), or the answer broke the rules (malformed, too large, paging that cannot be followed).
 * Retrying the same request would not help.
 */
public class ServiceRefused extends ServiceFailure {

    private final int status;

    public ServiceRefused(String message) {
        this(message, 0, null);
    }

    public ServiceRefused(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the platform answered with, or 0 when the refusal did not come from it. */
    public int status() {
        return status;
    }
}
