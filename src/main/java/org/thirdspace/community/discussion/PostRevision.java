package org.thirdspace.community.discussion;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** A version of a post as it was before an edit. */
@Entity
@Table(name = "post_revision")
@Access(AccessType.FIELD)
public class PostRevision {

    @Id
    private UUID id;
    @Column(name = "post_id", nullable = false, updatable = false)
    private UUID postId;
    @Column(nullable = false, updatable = false)
    private int version;
    @Column(updatable = false)
    private String title;
    @Column(name = "body_markdown", nullable = false, updatable = false)
    private String bodyMarkdown;
    @Column(name = "edited_by", nullable = false, updatable = false)
    private UUID editedBy;
    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected PostRevision() {
    }

    PostRevision(UUID postId, int version, String title, String bodyMarkdown, UUID editedBy, Instant replacedAt) {
        this.id = TimeOrderedUuid.next();
        this.postId = postId;
        this.version = version;
        this.title = title;
        this.bodyMarkdown = bodyMarkdown;
        this.editedBy = editedBy;
        this.replacedAt = replacedAt;
    }

    public UUID postId() {
        return postId;
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

    public UUID editedBy() {
        return editedBy;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
