package org.thirdspace.application.digest;

/** Sends a composed digest as an e-mail; implemented with Jakarta Mail over SMTP. */
public interface DigestMail {

    /**
     * Sends it, with {@code unsubscribeLink} as its one-click unsubscribe address (RFC 8058).
     * Returns once the SMTP server accepted it; throws {@link MailNotSent} otherwise.
     */
    void send(Digest digest, String unsubscribeLink);
}
