package org.thirdspace.application.audit;

import org.thirdspace.application.Administrator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The admin audit log: written inside the caller's transaction, so a change and its entry commit together. */
public interface AdminAuditLog {

    /** Records a change by an administrator (a detail longer than 4,000 characters is cut there). */
    void record(Administrator by, UUID organisationId, String action, String target, String detail);

    /**
     * The newest entries of one organisation or (null) of all, written at or after {@code from} and
     * before {@code to} (either may be null: no bound).
     */
    List<AdminAuditEntry> search(UUID organisationId, Instant from, Instant to, int limit);

    /** The newest entries, of one organisation or (null) of all. */
    List<AdminAuditEntry> recent(UUID organisationId, int limit);
}
