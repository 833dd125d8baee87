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

/** A reply marked as an answer to its thread's question; a thread may have several. */
@Entity
@Table(name = "post_answer")
@Access(AccessType.FIELD)
public class Answer {

    @Id
    private UUID id;
    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(name = "post_id", nullable = false, updatable = false)
    private UUID postId;
    @Column(name = "marked_by", nullable = false, updatable = false)
    private UUID markedBy;
    @Column(name = "marked_at", nullable = false, updatable = false)
    private Instant markedAt;

    protected Answer() {
    }

    public Answer(UUID threadId, UUID postId, UUID markedBy, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.threadId = Objects.requireNonNull(threadId);
        this.postId = Objects.requireNonNull(postId);
        this.markedBy = Objects.requireNonNull(markedBy);
        this.markedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID threadId() {
        return threadId;
    }

    public UUID postId() {
        return postId;
    }

    public UUID markedBy() {
        return markedBy;
    }

    public Instant markedAt() {
        return markedAt;
    }
}
