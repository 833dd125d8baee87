package org.thirdspace.community.moderation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a case's history: who (nobody for the tool itself, e.g. the report threshold), when,
 * why, the states before and after, and the post's text as it was at that moment — so a decision
 * can be understood later even after the author edited the post.
 */
@Entity
@Table(name = "moderation_step")
@Access(AccessType.FIELD)
public class ModerationStep {

    @Id
    private UUID id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(nullable = false, updatable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StepKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, updatable = false)
    private ModerationState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private ModerationState toState;
    @Column(name = "actor_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID actorId;
    @Column(updatable = false)
    private String reason;
    @Column(name = "post_version", nullable = false, updatable = false)
    private int postVersion;
    @Column(nullable = false, updatable = false)
    private String content;
    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    protected ModerationStep() {
    }

    ModerationStep(UUID caseId, int position, StepKind kind, ModerationState from, ModerationState to, UUID actorId, String reason,
                   PostSnapshot post, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.caseId = caseId;
        this.position = position;
        this.kind = kind;
        this.fromState = from;
        this.toState = to;
        this.actorId = actorId;
        this.reason = reason;
        this.postVersion = post.version();
        this.content = post.markdown();
        this.takenAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    /** 1 for the opening step, then one more per step. */
    public int position() {
        return position;
    }

    public StepKind kind() {
        return kind;
    }

    public ModerationState fromState() {
        return fromState;
    }

    public ModerationState toState() {
        return toState;
    }

    public UUID actorId() {
        return actorId;
    }

    public String reason() {
        return reason;
    }

    public int postVersion() {
        return postVersion;
    }

    public String content() {
        return content;
    }

    public Instant takenAt() {
        return takenAt;
    }
}
