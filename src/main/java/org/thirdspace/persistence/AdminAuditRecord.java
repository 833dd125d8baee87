package org.thirdspace.persistence;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.application.audit.AdminAuditEntry;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** One administrative change as the {@code admin_audit} table keeps it. */
@Entity
@Table(name = "admin_audit")
@Access(AccessType.FIELD)
public class AdminAuditRecord {

    @Id
    private UUID id;
    @Column(name = "organisation_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID organisationId;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Column(nullable = false, updatable = false)
    private String action;
    @Column(updatable = false)
    private String target;
    @Column(updatable = false)
    private String detail;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AdminAuditRecord() {
    }

    AdminAuditRecord(UUID organisationId, String actor, String action, String target, String detail, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = organisationId;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.occurredAt = now;
    }

    AdminAuditEntry toEntry() {
        return new AdminAuditEntry(organisationId, actor, action, target, detail, occurredAt);
    }
}
