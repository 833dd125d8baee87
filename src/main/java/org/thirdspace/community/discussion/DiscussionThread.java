package org.thirdspace.community.discussion;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.DisplayText;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.community.shared.NullableUuidConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A conversation in a space. A seeded topic is a thread a facilitator prepared, published at its
 * {@code publishAt}; until then only facilitators see it. Deleting leaves a tombstone.
 */
@Entity
@Table(name = "thread")
@Access(AccessType.FIELD)
public class DiscussionThread {

    public static final int MAX_TITLE = 300;

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;
    @Column(name = "peer_group_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID peerGroupId;
    @Column(nullable = false)
    private boolean pinned;
    @Column(nullable = false)
    private boolean seeded;
    @Column(nullable = false)
    private boolean locked;
    @Column(name = "publish_at", nullable = false)
    private Instant publishAt;
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;
    @Column(name = "reply_count", nullable = false)
    private int replyCount;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected DiscussionThread() {
    }

    public DiscussionThread(UUID spaceId, UUID organisationId, UUID authorId, String title, Audience audience, UUID peerGroupId,
                  boolean seeded, Instant publishAt, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.spaceId = Objects.requireNonNull(spaceId);
        this.organisationId = Objects.requireNonNull(organisationId);
        this.authorId = Objects.requireNonNull(authorId);
        this.title = Objects.requireNonNull(title);
        this.audience = Objects.requireNonNull(audience);
        this.peerGroupId = peerGroupId;
        this.seeded = seeded;
        this.publishAt = publishAt;
        this.lastActivityAt = publishAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void retitle(String newTitle, Instant now) {
        this.title = Objects.requireNonNull(newTitle);
        this.updatedAt = now;
    }

    public void replied(Instant now) {
        this.replyCount++;
        this.lastActivityAt = now;
    }

    public void pin(boolean pin, Instant now) {
        this.pinned = pin;
        this.updatedAt = now;
    }

    public void lock(boolean lock, Instant now) {
        this.locked = lock;
        this.updatedAt = now;
    }

    /**
     * A moderator moves the thread to another space of the organisation (its posts follow, see
     * {@link Post#movedTo}). A peer-group thread belongs to its group and is not moved.
     */
    public void moveTo(UUID otherSpaceId, Instant now) {
        if (audience == Audience.PEER_GROUP) {
            throw new IllegalStateException("a peer-group thread stays in its group's space");
        }
        this.spaceId = Objects.requireNonNull(otherSpaceId);
        this.pinned = false;
        this.updatedAt = now;
    }

    /** Moves the thread to a wider audience; the caller has the author's consent. */
    public void widen(Audience wider, Instant now) {
        if (!wider.isWiderThan(audience)) {
            throw new IllegalArgumentException("not a wider audience: " + wider);
        }
        this.audience = wider;
        this.peerGroupId = wider == Audience.PEER_GROUP ? peerGroupId : null;
        this.updatedAt = now;
    }

    /**
     * Its author shows it to fewer people again: a narrower audience, with the peer group when that
     * audience is a peer group (the caller checks the author's right and the others' consent).
     */
    public void narrow(Audience narrower, UUID group, Instant now) {
        if (!audience.isWiderThan(narrower)) {
            throw new IllegalArgumentException("not a narrower audience: " + narrower);
        }
        if ((narrower == Audience.PEER_GROUP) != (group != null)) {
            throw new IllegalArgumentException("a peer-group audience needs its group, others none");
        }
        this.audience = narrower;
        this.peerGroupId = group;
        this.updatedAt = now;
    }

    public void delete(Instant now) {
        this.deletedAt = now;
        this.updatedAt = now;
    }

    public boolean isPublished(Instant now) {
        return !publishAt.isAfter(now);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID spaceId() {
        return spaceId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID authorId() {
        return authorId;
    }

    /** Without bidirectional controls, also for titles written before they were removed on input. */
    public String title() {
        return DisplayText.withoutBidiControls(title);
    }

    public Audience audience() {
        return audience;
    }

    public UUID peerGroupId() {
        return peerGroupId;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isSeeded() {
        return seeded;
    }

    public boolean isLocked() {
        return locked;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public int replyCount() {
        return replyCount;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
