package org.thirdspace.community.artifact;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An artifact placed on a course page: the course, who placed it and when. It is history: the
 * placed link finds the artifact by its id, so a copy of the course (a new course id) needs no
 * placement of its own.
 */
@Entity
@Table(name = "artifact_placement")
@Access(AccessType.FIELD)
public class ArtifactPlacement {

    @Id
    private UUID id;
    @Column(name = "artifact_id", nullable = false, updatable = false)
    private UUID artifactId;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseId;
    @Column(name = "placed_by", nullable = false, updatable = false)
    private UUID placedBy;
    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    protected ArtifactPlacement() {
    }

    public ArtifactPlacement(UUID artifactId, UUID courseId, UUID placedBy, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.artifactId = Objects.requireNonNull(artifactId);
        this.courseId = Objects.requireNonNull(courseId);
        this.placedBy = Objects.requireNonNull(placedBy);
        this.placedAt = Objects.requireNonNull(now);
    }

    public UUID id() {
        return id;
    }

    public UUID artifactId() {
        return artifactId;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }
}
