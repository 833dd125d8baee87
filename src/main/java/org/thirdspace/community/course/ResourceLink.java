package org.thirdspace.community.course;

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

/** A link to the tool placed on a course page; later work maps it to a community space. */
@Entity
@Table(name = "resource_link")
@Access(AccessType.FIELD)
public class ResourceLink {

    @Id
    private UUID id;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseContextId;
    @Column(name = "link_key", nullable = false, updatable = false)
    private String linkKey;
    private String title;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ResourceLink() {
    }

    public ResourceLink(UUID courseContextId, String linkKey, String title, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.courseContextId = Objects.requireNonNull(courseContextId);
        this.linkKey = Objects.requireNonNull(linkKey);
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean retitle(String newTitle, Instant now) {
        if (Objects.equals(title, newTitle)) {
            return false;
        }
        this.title = newTitle;
        this.updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID courseContextId() {
        return courseContextId;
    }

    public String linkKey() {
        return linkKey;
    }

    public String title() {
        return title;
    }
}
