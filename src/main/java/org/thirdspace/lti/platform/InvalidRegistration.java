package org.thirdspace.lti.platform;

/** A registration document or request that cannot be accepted; the message says which field and why. */
public class InvalidRegistration extends RuntimeException {
    public InvalidRegistration(String message) {
        super(message);
    }
}
