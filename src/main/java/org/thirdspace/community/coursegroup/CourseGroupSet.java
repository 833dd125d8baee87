package org.thirdspace.community.coursegroup;

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

/** A set of groups in a course (e.g. "Project teams"), identified by the LMS's key within the course. */
@Entity
@Table(name = "course_group_set")
@Access(AccessType.FIELD)
public class CourseGroupSet {

    @Id
    private UUID id;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseId;
    @Column(name = "set_key", nullable = false, updatable = false)
    private String key;
    @Column(nullable = false)
    private String name;
    private String tag;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourseGroupSet() {
    }

    public CourseGroupSet(UUID courseId, ImportedGroupSet imported, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.courseId = Objects.requireNonNull(courseId);
        this.key = Objects.requireNonNull(imported.key());
        this.name = imported.name();
        this.tag = imported.tag();
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The LMS lists the set again: take its name and tag; a removed set comes back. */
    public boolean refresh(ImportedGroupSet imported, Instant now) {
        if (active && Objects.equals(name, imported.name()) && Objects.equals(tag, imported.tag())) {
            return false;
        }
        this.name = imported.name();
        this.tag = imported.tag();
        this.active = true;
        this.updatedAt = now;
        return true;
    }

    /** The LMS no longer lists the set. */
    public boolean retire(Instant now) {
        if (!active) {
            return false;
        }
        this.active = false;
        this.updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String tag() {
        return tag;
    }

    public boolean isActive() {
        return active;
    }
}
