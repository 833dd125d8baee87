package org.thirdspace.lti.jwks;

/** A key rotation step that may not happen now; the message says why and when it may. */
public class KeyRotationRefused extends RuntimeException {
    public KeyRotationRefused(String message) {
        super(message);
    }
}
