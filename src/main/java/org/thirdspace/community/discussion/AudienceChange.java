package org.thirdspace.community.discussion;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a thread's audience in its history: widened by its author (on their own, or by
 * accepting a facilitator's request), or narrowed back by its author. {@code peerGroupId} is the
 * group of the narrower side when that side is a peer group, so that narrowing back returns the
 * thread to the group it came from.
 */
@Entity
@Table(name = "thread_audience_change")
@Access(AccessType.FIELD)
public class AudienceChange {

    @Id
    private UUID id;
    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_audience", nullable = false, updatable = false)
    private Audience from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_audience", nullable = false, updatable = false)
    private Audience to;
    @Column(name = "peer_group_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID peerGroupId;
    @Column(name = "request_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID requestId;
    @Column(name = "changed_by", nullable = false, updatable = false)
    private UUID changedBy;
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected AudienceChange() {
    }

    public AudienceChange(UUID threadId, Audience from, Audience to, UUID peerGroupId, UUID requestId, UUID changedBy, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.threadId = threadId;
        this.from = from;
        this.to = to;
        this.peerGroupId = peerGroupId;
        this.requestId = requestId;
        this.changedBy = changedBy;
        this.changedAt = now;
    }

    public boolean widened() {
        return to.isWiderThan(from);
    }

    public UUID id() {
        return id;
    }

    public UUID threadId() {
        return threadId;
    }

    public Audience from() {
        return from;
    }

    public Audience to() {
        return to;
    }

    public UUID peerGroupId() {
        return peerGroupId;
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
