package org.thirdspace.community.notification;

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

/** Something a person is told about in the app. */
@Entity
@Table(name = "notification")
@Access(AccessType.FIELD)
public class Notification {

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;
    @Column(name = "actor_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID actorId;
    @Column(name = "space_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID spaceId;
    @Column(name = "thread_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID threadId;
    @Column(name = "post_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID postId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(UUID personId, NotificationKind kind, UUID actorId, UUID spaceId, UUID threadId, UUID postId, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.personId = personId;
        this.kind = kind;
        this.actorId = actorId;
        this.spaceId = spaceId;
        this.threadId = threadId;
        this.postId = postId;
        this.createdAt = now;
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public UUID actorId() {
        return actorId;
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

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
