package org.thirdspace.community.moderation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** A term of the organisation's watch list: a post that contains it is published and queued for review. */
@Entity
@Table(name = "watch_term")
@Access(AccessType.FIELD)
public class WatchTerm {

    public static final int MAX_LENGTH = 100;

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(nullable = false, updatable = false)
    private String term;
    @Column(name = "added_by", nullable = false, updatable = false)
    private UUID addedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WatchTerm() {
    }

    public WatchTerm(UUID organisationId, String term, UUID addedBy, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = organisationId;
        this.term = term;
        this.addedBy = addedBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String term() {
        return term;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
