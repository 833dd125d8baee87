package org.thirdspace.community.peergroup;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** A small group inside a space: the first rung of Seek &gt; Sense &gt; Share. */
@Entity
@Table(name = "peer_group")
@Access(AccessType.FIELD)
public class PeerGroup {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false, updatable = false)
    private UUID spaceId;
    @Column(nullable = false)
    private String name;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    /** The programme round that formed the group; null for a group a facilitator made by hand. */
    @Column(name = "round_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID roundId;

    protected PeerGroup() {
    }

    public PeerGroup(UUID spaceId, String name, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.spaceId = spaceId;
        this.name = name;
        this.createdAt = now;
    }

    /** A group of a programme's round. */
    public PeerGroup(UUID spaceId, String name, UUID roundId, Instant now) {
        this(spaceId, name, now);
        this.roundId = roundId;
    }

    public UUID id() {
        return id;
    }

    public UUID spaceId() {
        return spaceId;
    }

    public String name() {
        return name;
    }

    public UUID roundId() {
        return roundId;
    }
}
