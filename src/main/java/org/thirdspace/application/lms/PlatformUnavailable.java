package org.thirdspace.application.lms;

/** The tool may not call an organisation's LMS now; the message says why, in words for admins. */
public class PlatformUnavailable extends Exception {

    public PlatformUnavailable(String message) {
        super(message);
    }
}
