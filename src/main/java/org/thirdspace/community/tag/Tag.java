package org.thirdspace.community.tag;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.DisplayText;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** A tag of the organisation. Tags reveal de facto communities across spaces (tag hubs). */
@Entity
@Table(name = "tag")
@Access(AccessType.FIELD)
public class Tag {

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(nullable = false, updatable = false)
    private String name;
    @Column(nullable = false)
    private String label;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Tag() {
    }

    public Tag(UUID organisationId, TagName name, String label, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = organisationId;
        this.name = name.value();
        String typed = DisplayText.withoutBidiControls(label);
        this.label = typed == null || typed.isBlank() || typed.length() > TagName.MAX ? name.value() : typed.strip();
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }
}
