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
 * A starting point for a moderator's private note: the organisation's (no space) or one space's.
 * Moderators always edit the text before sending; the template only saves them finding words.
 */
@Entity
@Table(name = "note_template")
@Access(AccessType.FIELD)
public class NoteTemplate {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 2000;

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "space_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID spaceId;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "written_by", nullable = false, updatable = false)
    private UUID writtenBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NoteTemplate() {
    }

    public NoteTemplate(UUID organisationId, UUID spaceId, String title, String body, UUID writtenBy, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = organisationId;
        this.spaceId = spaceId;
        this.title = title;
        this.body = body;
        this.writtenBy = writtenBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    /** Null for the organisation's templates. */
    public UUID spaceId() {
        return spaceId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }
}
