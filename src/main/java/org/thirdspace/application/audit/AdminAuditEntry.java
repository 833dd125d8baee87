package org.thirdspace.application.audit;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.community.shared.NullableUuidConverter;

import java.time.Instant;
import java.util.UUID;

/** One administrative change, kept for the audit log. */
@Entity
@Table(name = "admin_audit")
@Access(AccessType.FIELD)
public class AdminAuditEntry {

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

    protected AdminAuditEntry() {
    }

    public AdminAuditEntry(UUID organisationId, String actor, String action, String target, String detail, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = organisationId;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.occurredAt = now;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
