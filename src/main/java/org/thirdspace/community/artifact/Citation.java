package org.thirdspace.community.artifact;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Convert;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Where part of an artifact came from: a thread, and the post in it. The thread's title, the
 * author, the post's version and the words cited are copied at citation time, so provenance still
 * says "from the conversation …" truthfully after the source is edited, hidden or deleted.
 */
@Entity
@Table(name = "artifact_source")
@Access(AccessType.FIELD)
public class Citation {

    public static final int MAX_EXCERPT = 2000;

    @Id
    private UUID id;
    @Column(name = "artifact_id", nullable = false, updatable = false)
    private UUID artifactId;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(name = "post_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID postId;
    @Column(name = "post_version", nullable = false, updatable = false)
    private int postVersion;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(name = "thread_title", nullable = false, updatable = false)
    private String threadTitle;
    @Column(nullable = false, updatable = false)
    private String excerpt;
    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;
    @Column(name = "cited_at", nullable = false, updatable = false)
    private Instant citedAt;

    protected Citation() {
    }

    public Citation(UUID artifactId, int position, UUID threadId, UUID postId, int postVersion, UUID authorId, String threadTitle,
                    String excerpt, Instant writtenAt, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.artifactId = Objects.requireNonNull(artifactId);
        this.position = position;
        this.threadId = Objects.requireNonNull(threadId);
        this.postId = postId;
        this.postVersion = postVersion;
        this.authorId = Objects.requireNonNull(authorId);
        this.threadTitle = Objects.requireNonNull(threadTitle);
        this.excerpt = excerpt.length() > MAX_EXCERPT ? excerpt.substring(0, MAX_EXCERPT - 1) + "…" : excerpt;
        this.writtenAt = writtenAt;
        this.citedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID artifactId() {
        return artifactId;
    }

    /** Its number in the artifact's text: [1], [2], … */
    public int position() {
        return position;
    }

    public UUID threadId() {
        return threadId;
    }

    public UUID postId() {
        return postId;
    }

    public int postVersion() {
        return postVersion;
    }

    public UUID authorId() {
        return authorId;
    }

    public String threadTitle() {
        return threadTitle;
    }

    public String excerpt() {
        return excerpt;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Instant citedAt() {
        return citedAt;
    }
}
