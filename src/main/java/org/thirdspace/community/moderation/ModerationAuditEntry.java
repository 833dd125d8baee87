package org.thirdspace.community.moderation;

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
 * One action of a moderator or admin, kept for the space's moderators (and the organisation's
 * admins for organisation-wide actions) to see. Written in the transaction of the action itself.
 */
@Entity
@Table(name = "moderation_action")
@Access(AccessType.FIELD)
public class ModerationAuditEntry {

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "space_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID spaceId;
    @Column(name = "actor_id", nullable = false, updatable = false)
    private UUID actorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ModeratorAction action;
    @Column(name = "target_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID targetId;
    @Column(updatable = false)
    private String detail;
    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected ModerationAuditEntry() {
    }

    public ModerationAuditEntry(UUID organisationId, UUID spaceId, UUID actorId, ModeratorAction action, UUID targetId,
                                String detail, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = organisationId;
        this.spaceId = spaceId;
        this.actorId = actorId;
        this.action = action;
        this.targetId = targetId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.actedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID spaceId() {
        return spaceId;
    }

    public UUID actorId() {
        return actorId;
    }

    public ModeratorAction action() {
        return action;
    }

    public UUID targetId() {
        return targetId;
    }

    public String detail() {
        return detail;
    }

    public Instant actedAt() {
        return actedAt;
    }
}
