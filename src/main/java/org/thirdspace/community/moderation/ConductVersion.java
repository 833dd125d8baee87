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
 * One version of a code of conduct: the organisation's default (no space) or a space's override.
 * Never changed once written; a change is a new version, which members accept again.
 */
@Entity
@Table(name = "conduct_version")
@Access(AccessType.FIELD)
public class ConductVersion {

    public static final int MAX_BODY = 20_000;

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "space_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID spaceId;
    @Column(name = "scope_id", nullable = false, updatable = false)
    private UUID scopeId;
    @Column(nullable = false, updatable = false)
    private int version;
    @Column(nullable = false, updatable = false)
    private String body;
    /** Null when the operator wrote it (an organisation's default, from the console): no person of the organisation. */
    @Column(name = "written_by", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID writtenBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ConductVersion() {
    }

    public ConductVersion(UUID organisationId, UUID spaceId, int version, String body, UUID writtenBy, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = organisationId;
        this.spaceId = spaceId;
        this.scopeId = spaceId != null ? spaceId : organisationId;
        this.version = version;
        this.body = body;
        this.writtenBy = writtenBy;
        this.createdAt = now;
    }

    public Conduct conduct() {
        return new Conduct(scopeId, spaceId != null, version, body, createdAt);
    }

    public UUID scopeId() {
        return scopeId;
    }

    public int version() {
        return version;
    }
}
