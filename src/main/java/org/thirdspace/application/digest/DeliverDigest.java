package org.thirdspace.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.digest.DigestDelivery;
import org.thirdspace.community.digest.Digests;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.config.ToolSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Sends one digest, exactly once. In one transaction: the send record is inserted under the
 * digest's idempotency key (unique), the person's coverage moves on, and only then the SMTP server
 * is given the message; the transaction commits after the server accepted it. A failed send rolls
 * the record back (the digest is tried again later); a second attempt at the same digest — a
 * retry, another node — finds the key taken, waits for the first to finish if it is still going,
 * and sends nothing. The one window left is a commit that fails after the server accepted the
 * message: the retry then carries the same Message-ID.
 */
@ApplicationScoped
public class DeliverDigest {

    public enum Outcome { SENT, ALREADY_SENT }

    private Digests digests;
    private DigestMail mail;
    private UnsubscribeTokens tokens;
    private ToolSettings settings;

    protected DeliverDigest() {
    }

    @Inject
    public DeliverDigest(Digests digests, DigestMail mail, UnsubscribeTokens tokens, ToolSettings settings) {
        this.digests = digests;
        this.mail = mail;
        this.tokens = tokens;
        this.settings = settings;
    }

    @Transactional
    public Outcome deliver(Digest digest, Instant now) {
        DigestDelivery delivery = new DigestDelivery(TimeOrderedUuid.next(), digest.recipient().personId(), digest.recipient().idempotencyKey(),
                digest.recipient().coveredFrom(), digest.coveredUntil(), digest.items().size(), digest.messageId(), now);
        if (!digests.recordSent(delivery)) {
            return Outcome.ALREADY_SENT;
        }
        mail.send(digest, unsubscribeLink(digest));
        return Outcome.SENT;
    }

    private String unsubscribeLink(Digest digest) {
        return settings.url("/digest/unsubscribe?token=")
                + URLEncoder.encode(tokens.issue(digest.recipient().personId()), StandardCharsets.UTF_8);
    }
}
