package org.thirdspace.application.session;

import java.time.Instant;
import java.util.List;

/** Where session revocations are kept so that every node of a cluster sees them: the database. */
public interface RevocationRecords {

    /**
     * Keeps the revocation, or moves an earlier one of the same subject later (never earlier), in
     * the caller's transaction; runs {@code whenCommitted} once it has committed.
     */
    void record(SessionRevocation revocation, Instant now, Runnable whenCommitted);

    /** Revocations recorded after {@code since} that still refuse a token at {@code now}. */
    List<SessionRevocation> recordedSince(Instant since, Instant now);

    /** Forgets revocations that refuse nothing any more; returns how many. */
    int purge(Instant now);
}
