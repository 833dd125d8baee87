package org.thirdspace.lti.http;

/** An outbound request the tool will not make, or one that failed; the message is safe to log. */
public class OutboundRefused extends Exception {

    public OutboundRefused(String message) {
        super(message);
    }

    public OutboundRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
