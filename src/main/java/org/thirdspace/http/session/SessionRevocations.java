package org.thirdspace.http.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.session.RevocationRecords;
import org.thirdspace.application.session.SessionEnd;
import org.thirdspace.application.session.SessionRevocation;
import org.thirdspace.config.ToolSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which session tokens stopped working before they expire: after sign-out (the whole session), a
 * renewal (the tokens it replaced), or when an admin ended every session of a person or an
 * organisation (also when a registration is disabled).
 *
 * <p>Revocations are rows in the database, so they hold on every node of a cluster. Checking a
 * token costs no database round trip: each node keeps the revocations that can still refuse a
 * token in memory and reads the rows recorded since its last look at most every
 * {@link #MAX_STALENESS} (one small indexed query per node, not per request). A revocation made on
 * this node applies here at once, when its transaction commits; on another node within
 * {@link #MAX_STALENESS} of that commit. A launch writes and reads nothing here.
 */
@ApplicationScoped
public class SessionRevocations implements SessionEnd {

    /** The most a node's copy may lag behind the database: the bound on ending a session everywhere. */
    public static final Duration MAX_STALENESS = Duration.ofSeconds(5);
    /**
     * Each read starts this far before the previous one: a row recorded (by its node's clock)
     * before a read but committed after it is still seen, and clocks a little apart do no harm.
     */
    static final Duration OVERLAP = Duration.ofSeconds(60);
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(SessionRevocations.class.getName());

    private RevocationRecords records;
    private ToolSettings settings;

    private final Map<String, SessionRevocation> known = new ConcurrentHashMap<>();
    private final Object reading = new Object();
    private volatile Instant readUpTo;
    private volatile long readAtNanos;
    private volatile Instant purgedAt = Instant.EPOCH;

    protected SessionRevocations() {
    }

    @Inject
    public SessionRevocations(RevocationRecords records, ToolSettings settings) {
        this.records = records;
        this.settings = settings;
    }

    /** Whether this token may still be used: no revocation of its session, person or organisation came after it was issued. */
    public boolean allows(ToolSession session, Instant now) {
        refreshIfStale(now);
        return !refuses(SessionRevocation.Scope.SESSION, session.sessionId(), session.issuedAt())
                && !refuses(SessionRevocation.Scope.PERSON, session.personId().toString(), session.issuedAt())
                && !refuses(SessionRevocation.Scope.ORGANISATION, session.organisationId().toString(), session.issuedAt());
    }

    /** Sign-out: no token of the session works any more. */
    public void signOut(ToolSession session, Instant now) {
        Instant end = session.launchedAt().plus(settings.sessionMaxAge());
        revoke(new SessionRevocation(SessionRevocation.Scope.SESSION, session.sessionId(), end.isAfter(now) ? end : now,
                end.isAfter(now) ? end : now), now);
    }

    /** A renewal: the tokens of the session issued before the new one stop working. */
    public void renewed(ToolSession renewed, Instant now) {
        revoke(new SessionRevocation(SessionRevocation.Scope.SESSION, renewed.sessionId(), renewed.issuedAt(),
                renewed.issuedAt().plus(settings.sessionLifetime())), now);
    }

    @Override
    public void endSessionsOfPerson(UUID personId, Instant now) {
        revoke(new SessionRevocation(SessionRevocation.Scope.PERSON, personId.toString(), now, now.plus(settings.sessionLifetime())), now);
    }

    @Override
    public void endSessionsOfOrganisation(UUID organisationId, Instant now) {
        revoke(new SessionRevocation(SessionRevocation.Scope.ORGANISATION, organisationId.toString(), now,
                now.plus(settings.sessionLifetime())), now);
    }

    private void revoke(SessionRevocation revocation, Instant now) {
        records.record(revocation, now, () -> remember(revocation));
    }

    private boolean refuses(SessionRevocation.Scope scope, String subject, Instant issuedAt) {
        SessionRevocation revocation = known.get(scope + ":" + subject);
        return revocation != null && issuedAt.isBefore(revocation.notBefore());
    }

    private void remember(SessionRevocation revocation) {
        known.merge(revocation.key(), revocation, (a, b) -> new SessionRevocation(a.scope(), a.subject(),
                a.notBefore().isAfter(b.notBefore()) ? a.notBefore() : b.notBefore(),
                a.expiresAt().isAfter(b.expiresAt()) ? a.expiresAt() : b.expiresAt()));
    }

    private boolean fresh() {
        return readUpTo != null && System.nanoTime() - readAtNanos < MAX_STALENESS.toNanos();
    }

    private void refreshIfStale(Instant now) {
        if (fresh()) {
            return;
        }
        synchronized (reading) {
            if (fresh()) {
                return;
            }
            long started = System.nanoTime();
            try {
                List<SessionRevocation> recorded = records.recordedSince(readUpTo == null ? Instant.EPOCH : readUpTo.minus(OVERLAP), now);
                recorded.forEach(this::remember);
                known.values().removeIf(r -> r.expiresAt().isBefore(now));
                readUpTo = now;
                readAtNanos = started;
                if (now.isAfter(purgedAt.plus(PURGE_EVERY))) {
                    purgedAt = now;
                    records.purge(now);
                }
            } catch (RuntimeException e) {
                // The database is unavailable: the last copy stands (requests that need the
                // database fail on their own); the next request tries again.
                LOG.log(Level.WARNING, "Session revocations could not be read; using the copy from the last read", e);
            }
        }
    }
}
