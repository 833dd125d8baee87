package org.thirdspace.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.digest.DigestRecipient;
import org.thirdspace.community.digest.Digests;
import org.thirdspace.config.ToolSettings;

import java.time.Duration;
import java.time.Instant;

/**
 * A digest the SMTP server did not take waits before it is tried again: the configured wait,
 * doubled with each failure of the same digest, at most a day — a server that is down is not
 * hammered, and one that is back soon gets the digest soon.
 */
@ApplicationScoped
public class RetryLater {

    static final Duration LONGEST = Duration.ofDays(1);

    private Digests digests;
    private ToolSettings settings;

    protected RetryLater() {
    }

    @Inject
    public RetryLater(Digests digests, ToolSettings settings) {
        this.digests = digests;
        this.settings = settings;
    }

    @Transactional
    public Instant failed(DigestRecipient recipient, Instant now) {
        Instant next = now.plus(wait(settings.digestRetry(), recipient.failures()));
        digests.failed(recipient, next, now);
        return next;
    }

    static Duration wait(Duration first, int failuresBefore) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(0, failuresBefore), 20));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
