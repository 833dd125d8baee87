package org.thirdspace.application.digest;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.community.digest.DigestRecipient;
import org.thirdspace.community.digest.Digests;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.database.DatabaseReady;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the digests that are due, on a schedule. Every node runs the timer; the node holding the
 * database lease ({@code job_lease}, renewed after every page) sends, the others skip the round, so
 * a cluster sends each digest once. A node that dies mid-run stops renewing, and another takes the
 * run over once the lease has run out; what the first one sent is recorded (see
 * {@link DeliverDigest}) and is not sent again.
 *
 * <p>Recipients are read a page at a time in person order, so memory stays flat however many
 * people there are. No SMTP server configured: no e-mail at all.
 */
@ApplicationScoped
public class SendDigests {

    private static final Logger LOG = Logger.getLogger(SendDigests.class.getName());
    static final String JOB = "digests";
    static final int PAGE = 200;
    /** Failures in a row after which a round stops: the SMTP server is down, the next round tries again. */
    static final int FAILURES_IN_A_ROW = 3;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedExecutorService executor;

    private Digests digests;
    private ComposeDigests compose;
    private DeliverDigest deliver;
    private RetryLater retryLater;
    private ToolSettings settings;

    protected SendDigests() {
    }

    @Inject
    public SendDigests(Digests digests, ComposeDigests compose, DeliverDigest deliver, RetryLater retryLater, ToolSettings settings) {
        this.digests = digests;
        this.compose = compose;
        this.deliver = deliver;
        this.retryLater = retryLater;
        this.settings = settings;
    }

    /** What one run did. */
    public record Run(boolean ran, int sent, int alreadySent, int empty, int failed) {
        static final Run SKIPPED = new Run(false, 0, 0, 0, 0);
    }

    void onDatabaseReady(@Observes DatabaseReady ready) {
        long tick = settings.digestTick().toSeconds();
        if (tick == 0 || !settings.mailEnabled()) {
            LOG.info(settings.mailEnabled() ? "Digests are off on this node (tick 0)"
                    : "Digests are off: no SMTP server is configured (thirdspace.mail.smtp.host)");
            return;
        }
        scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.SECONDS);
    }

    void tick() {
        // An exception escaping a scheduled task would cancel every later tick.
        try {
            Run run = run(Instant.now());
            if (run.sent() + run.failed() > 0) {
                LOG.info(() -> "Digests: " + run.sent() + " sent, " + run.failed() + " to retry, " + run.empty() + " with nothing to tell");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digests: this round failed; the next one will try again", DatabaseFailures.withoutMessages(e));
        }
    }

    /** One round: every digest due at {@code now}, if this node holds the lease. */
    public Run run(Instant now) {
        if (!settings.mailEnabled() || !digests.lease(JOB, DigestNode.NAME, now, now.plus(settings.digestLease()))) {
            return Run.SKIPPED;
        }
        Tally tally = new Tally();
        try {
            UUID after = null;
            while (!tally.stopped()) {
                List<DigestRecipient> page = digests.due(now, settings.digestDay(), DefaultFrequency.of(settings), after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                after = page.get(page.size() - 1).personId();
                List<DigestRecipient> nothing = new ArrayList<>();
                List<Digest> toSend = new ArrayList<>();
                for (Digest digest : compose.compose(page, now)) {
                    if (digest.isEmpty()) {
                        nothing.add(digest.recipient());
                    } else {
                        toSend.add(digest);
                    }
                }
                send(toSend, tally);
                if (!nothing.isEmpty()) {
                    digests.nothingToSend(nothing, now);
                }
                tally.empty.addAndGet(nothing.size());
                Instant renewedAt = Instant.now();
                if (!digests.lease(JOB, DigestNode.NAME, renewedAt, renewedAt.plus(settings.digestLease()))) {
                    LOG.warning("Digests: the lease passed to another node; this one stops");
                    break;
                }
            }
        } finally {
            digests.release(JOB, DigestNode.NAME);
        }
        return new Run(true, tally.sent.get(), tally.already.get(), tally.empty.get(), tally.failed.get());
    }

    /**
     * A page's digests, by several senders at once: each digest is its own transaction with its own
     * commit and SMTP exchange, so while one waits on the database or the mail server another works.
     * The record under the digest's idempotency key keeps each sent once however they interleave.
     */
    private void send(List<Digest> toSend, Tally tally) {
        int senders = Math.min(settings.digestSenders(), toSend.size());
        if (senders <= 1) {
            sendSlice(toSend, tally);
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (int k = 0; k < senders; k++) {
            List<Digest> slice = new ArrayList<>();
            for (int d = k; d < toSend.size(); d += senders) {
                slice.add(toSend.get(d));
            }
            running.add(executor.submit(() -> sendSlice(slice, tally)));
        }
        for (Future<?> sender : running) {
            try {
                sender.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while digests were sent", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    private void sendSlice(List<Digest> slice, Tally tally) {
        int inARow = 0;
        for (Digest digest : slice) {
            if (tally.stopped()) {
                return;
            }
            try {
                if (deliver.deliver(digest, Instant.now()) == DeliverDigest.Outcome.SENT) {
                    tally.sent.incrementAndGet();
                } else {
                    tally.already.incrementAndGet();
                }
                inARow = 0;
            } catch (MailNotSent e) {
                tally.failed.incrementAndGet();
                if (++inARow >= FAILURES_IN_A_ROW) {
                    tally.stop = true;
                }
                Instant next = retryLater.failed(digest.recipient(), Instant.now());
                LOG.log(Level.WARNING, "Digest to person " + digest.recipient().personId() + " not sent; trying again at " + next
                        + ": " + e.getMessage());
            }
        }
    }

    /** A round's counts, shared by its senders; a sender that failed too often in a row stops them all. */
    private static final class Tally {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger already = new AtomicInteger();
        final AtomicInteger empty = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile boolean stop;

        boolean stopped() {
            return stop;
        }
    }
}
