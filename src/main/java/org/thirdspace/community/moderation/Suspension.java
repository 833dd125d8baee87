package org.thirdspace.community.moderation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/**
 * A member may read but not write in a space until a time. Lifting early keeps the row, with who
 * lifted it and when.
 */
@Entity
@Table(name = "space_suspension")
@Access(AccessType.FIELD)
public class Suspension {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false, updatable = false)
    private UUID spaceId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(name = "suspended_by", nullable = false, updatable = false)
    private UUID suspendedBy;
    @Column(updatable = false)
    private String reason;
    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "lifted_at")
    private Instant liftedAt;
    @Column(name = "lifted_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID liftedBy;

    protected Suspension() {
    }

    public Suspension(UUID spaceId, UUID personId, UUID suspendedBy, String reason, Instant endsAt, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.spaceId = spaceId;
        this.personId = personId;
        this.suspendedBy = suspendedBy;
        this.reason = reason;
        this.endsAt = endsAt;
        this.createdAt = now;
    }

    public boolean isActive(Instant now) {
        return liftedAt == null && endsAt.isAfter(now);
    }

    public void lift(UUID by, Instant now) {
        this.liftedAt = now;
        this.liftedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID spaceId() {
        return spaceId;
    }

    public UUID personId() {
        return personId;
    }

    public UUID suspendedBy() {
        return suspendedBy;
    }

    public String reason() {
        return reason;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant liftedAt() {
        return liftedAt;
    }
}
