package org.thirdspace.community.space;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's own standing in a space, beyond what their course gives them: a role a facilitator
 * gave (a guest expert needs no course at all), being dormant or having left, and when they last
 * looked in. Created on a first visit.
 */
@Entity
@Table(name = "space_member")
@IdClass(SpaceMemberKey.class)
@Access(AccessType.FIELD)
public class SpaceMember {

    private static final Duration SEEN_RESOLUTION = Duration.ofMinutes(5);

    @Id
    @Column(name = "space_id")
    private UUID spaceId;
    @Id
    @Column(name = "person_id")
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private SpaceRole role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpaceMembershipStatus status;
    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected SpaceMember() {
    }

    public SpaceMember(UUID spaceId, UUID personId, SpaceRole role, Instant now) {
        this.spaceId = spaceId;
        this.personId = personId;
        this.role = role;
        this.status = SpaceMembershipStatus.ACTIVE;
        this.joinedAt = now;
        this.lastSeenAt = now;
    }

    public void giveRole(SpaceRole newRole) {
        this.role = newRole;
    }

    public void changeStatus(SpaceMembershipStatus newStatus) {
        this.status = newStatus;
    }

    public boolean seen(Instant now) {
        if (lastSeenAt != null && Duration.between(lastSeenAt, now).compareTo(SEEN_RESOLUTION) < 0) {
            return false;
        }
        this.lastSeenAt = now;
        if (status == SpaceMembershipStatus.DORMANT) {
            status = SpaceMembershipStatus.ACTIVE;
        }
        return true;
    }

    public UUID spaceId() {
        return spaceId;
    }

    public UUID personId() {
        return personId;
    }

    /** The role a facilitator gave, or null when the course role applies. */
    public SpaceRole role() {
        return role;
    }

    public SpaceMembershipStatus status() {
        return status;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
