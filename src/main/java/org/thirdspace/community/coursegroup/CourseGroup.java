package org.thirdspace.community.coursegroup;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A group of a course as the LMS defines it, identified by the LMS's key within the course. It may
 * belong to group sets. A group the LMS stops listing is kept, inactive: peer groups seeded from it
 * keep their origin.
 */
@Entity
@Table(name = "course_group")
@Access(AccessType.FIELD)
public class CourseGroup {

    /** Set keys are stored one per line: keys may contain commas, not line breaks. */
    private static final String SEPARATOR = "\n";

    @Id
    private UUID id;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseId;
    @Column(name = "group_key", nullable = false, updatable = false)
    private String key;
    @Column(nullable = false)
    private String name;
    private String tag;
    @Column(name = "set_keys")
    private String setKeys;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourseGroup() {
    }

    public CourseGroup(UUID courseId, ImportedGroup imported, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.courseId = Objects.requireNonNull(courseId);
        this.key = Objects.requireNonNull(imported.key());
        this.active = true;
        this.createdAt = now;
        apply(imported, now);
    }

    public boolean refresh(ImportedGroup imported, Instant now) {
        if (active && Objects.equals(name, imported.name()) && Objects.equals(tag, imported.tag())
                && Objects.equals(setKeys, encode(imported.setKeys()))) {
            return false;
        }
        this.active = true;
        apply(imported, now);
        return true;
    }

    private void apply(ImportedGroup imported, Instant now) {
        this.name = imported.name();
        this.tag = imported.tag();
        this.setKeys = encode(imported.setKeys());
        this.updatedAt = now;
    }

    public boolean retire(Instant now) {
        if (!active) {
            return false;
        }
        this.active = false;
        this.updatedAt = now;
        return true;
    }

    private static String encode(List<String> keys) {
        return keys.isEmpty() ? null : String.join(SEPARATOR, keys);
    }

    public List<String> setKeys() {
        return setKeys == null ? List.of() : Arrays.asList(setKeys.split(SEPARATOR));
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
