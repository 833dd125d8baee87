package org.thirdspace.application.audit;

import java.time.Instant;
import java.util.UUID;

/** One administrative change as the audit log shows it: which organisation, who, what, on what, when. */
public record AdminAuditEntry(UUID organisationId, String actor, String action, String target, String detail,
                              Instant occurredAt) {
}
