package org.thirdspace.community.artifact;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** One version of an artifact's words, with who wrote it, when and why; never changed afterwards. */
@Entity
@Table(name = "artifact_version")
@Access(AccessType.FIELD)
public class ArtifactVersion {

    @Id
    private UUID id;
    @Column(name = "artifact_id", nullable = false, updatable = false)
    private UUID artifactId;
    @Column(nullable = false, updatable = false)
    private int version;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(name = "body_markdown", nullable = false, updatable = false)
    private String bodyMarkdown;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "changed_by", nullable = false, updatable = false)
    private UUID changedBy;
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ArtifactVersion() {
    }

    ArtifactVersion(UUID artifactId, int version, String title, String bodyMarkdown, String reason, UUID changedBy, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.artifactId = artifactId;
        this.version = version;
        this.title = title;
        this.bodyMarkdown = bodyMarkdown;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID artifactId() {
        return artifactId;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String bodyMarkdown() {
        return bodyMarkdown;
    }

    public String reason() {
        return reason;
    }

    public UUID changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
