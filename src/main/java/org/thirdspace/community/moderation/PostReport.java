package org.thirdspace.community.moderation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** A member's report of a post: one per person and post. Who reported is for moderators only. */
@Entity
@Table(name = "post_report")
@Access(AccessType.FIELD)
public class PostReport {

    public static final int MAX_TEXT = 2000;

    @Id
    private UUID id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "post_id", nullable = false, updatable = false)
    private UUID postId;
    @Column(name = "reporter_id", nullable = false, updatable = false)
    private UUID reporterId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportReason reason;
    @Column(updatable = false)
    private String text;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PostReport() {
    }

    public PostReport(UUID caseId, UUID postId, UUID reporterId, ReportReason reason, String text, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.caseId = caseId;
        this.postId = postId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.text = text;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID postId() {
        return postId;
    }

    public UUID reporterId() {
        return reporterId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
