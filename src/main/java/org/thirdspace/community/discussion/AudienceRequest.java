package org.thirdspace.community.discussion;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** A facilitator's proposal to show a thread to a wider audience, until its author answers. */
@Entity
@Table(name = "audience_request")
@Access(AccessType.FIELD)
public class AudienceRequest {

    @Id
    private UUID id;
    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private UUID requestedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Audience audience;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private Boolean accepted;

    protected AudienceRequest() {
    }

    public AudienceRequest(UUID threadId, UUID requestedBy, Audience audience, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.threadId = threadId;
        this.requestedBy = requestedBy;
        this.audience = audience;
        this.requestedAt = now;
    }

    public void decide(boolean accept, Instant now) {
        this.accepted = accept;
        this.decidedAt = now;
    }

    public boolean isOpen() {
        return decidedAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID threadId() {
        return threadId;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public Audience audience() {
        return audience;
    }

    public Instant requestedAt() {
        return requestedAt;
    }
}
