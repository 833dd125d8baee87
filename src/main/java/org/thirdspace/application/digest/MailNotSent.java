package org.thirdspace.application.digest;

/** The SMTP server could not be reached or refused the message; the digest is tried again later. */
public class MailNotSent extends RuntimeException {

    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
