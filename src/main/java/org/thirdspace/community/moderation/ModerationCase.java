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
import java.util.Objects;
import java.util.UUID;

/**
 * A concern about one post, worked through by the space's moderators (and, when escalated, the
 * organisation's admins). The state only moves along {@link ModerationState#next()}; every
 * method returns the {@link ModerationStep} that records it, and callers store that step in the
 * same transaction, so there is no change without its history line.
 */
@Entity
@Table(name = "moderation_case")
@Access(AccessType.FIELD)
public class ModerationCase {

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(name = "post_id", nullable = false, updatable = false)
    private UUID postId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseOrigin origin;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModerationState state;
    @Column(name = "review_requested_at")
    private Instant reviewRequestedAt;
    @Column(nullable = false)
    private int steps;
    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ModerationCase() {
    }

    public ModerationCase(UUID organisationId, UUID spaceId, UUID threadId, UUID postId, UUID authorId, CaseOrigin origin,
                          Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.spaceId = Objects.requireNonNull(spaceId);
        this.threadId = Objects.requireNonNull(threadId);
        this.postId = Objects.requireNonNull(postId);
        this.authorId = Objects.requireNonNull(authorId);
        this.origin = Objects.requireNonNull(origin);
        this.state = ModerationState.PENDING;
        this.openedAt = now;
        this.updatedAt = now;
    }

    /** The first line of the history. */
    public ModerationStep opened(UUID actorId, String reason, PostSnapshot post) {
        return new ModerationStep(id, ++steps, StepKind.OPENED, state, state, actorId, reason, post, openedAt);
    }

    /** A decision: moves the state, or refuses with {@link IllegalTransition} and changes nothing. */
    public ModerationStep decide(ModerationState to, UUID actorId, String reason, PostSnapshot post, Instant now) {
        if (!state.mayMoveTo(to)) {
            throw new IllegalTransition(state, to);
        }
        ModerationState from = state;
        this.state = to;
        this.updatedAt = now;
        return new ModerationStep(id, ++steps, StepKind.of(to), from, to, actorId, reason, post, now);
    }

    /**
     * Something that happened without a decision (a report, a note, hiding, restoring). Only open
     * cases take new lines; a closed one is history.
     */
    public ModerationStep note(StepKind kind, UUID actorId, String reason, PostSnapshot post, Instant now) {
        if (!state.isOpen()) {
            throw new IllegalTransition(state, state);
        }
        if (kind == StepKind.REVIEW_REQUESTED) {
            this.reviewRequestedAt = now;
        }
        this.updatedAt = now;
        return new ModerationStep(id, ++steps, kind, state, state, actorId, reason, post, now);
    }

    /** A thread moved to another space takes its open cases with it. */
    public void movedTo(UUID newSpaceId) {
        this.spaceId = newSpaceId;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID spaceId() {
        return spaceId;
    }

    public UUID threadId() {
        return threadId;
    }

    public UUID postId() {
        return postId;
    }

    public UUID authorId() {
        return authorId;
    }

    public CaseOrigin origin() {
        return origin;
    }

    public ModerationState state() {
        return state;
    }

    public Instant reviewRequestedAt() {
        return reviewRequestedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
