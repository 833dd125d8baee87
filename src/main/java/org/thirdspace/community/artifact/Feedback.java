package org.thirdspace.community.artifact;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A reader's "this helped" or "outdated", with their reason for the steward; one of each per reader. */
@Entity
@Table(name = "artifact_feedback")
@Access(AccessType.FIELD)
public class Feedback {

    @Id
    private UUID id;
    @Column(name = "artifact_id", nullable = false, updatable = false)
    private UUID artifactId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FeedbackKind kind;
    @Column
    private String reason;
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected Feedback() {
    }

    public Feedback(UUID artifactId, UUID personId, FeedbackKind kind, String reason, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.artifactId = Objects.requireNonNull(artifactId);
        this.personId = Objects.requireNonNull(personId);
        this.kind = Objects.requireNonNull(kind);
        this.reason = reason;
        this.givenAt = now;
    }

    /** The same reader says it again: their newer reason and time replace the old. */
    public void again(String newReason, Instant now) {
        this.reason = newReason;
        this.givenAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID artifactId() {
        return artifactId;
    }

    public UUID personId() {
        return personId;
    }

    public FeedbackKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public Instant givenAt() {
        return givenAt;
    }
}
