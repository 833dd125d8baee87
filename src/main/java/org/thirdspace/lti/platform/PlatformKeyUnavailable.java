package org.thirdspace.lti.platform;

/** No usable platform key for a token: unknown {@code kid}, or the key set could not be fetched. */
public class PlatformKeyUnavailable extends Exception {
    public PlatformKeyUnavailable(String message) {
        super(message);
    }
}
