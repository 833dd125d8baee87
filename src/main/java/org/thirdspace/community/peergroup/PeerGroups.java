package org.thirdspace.community.peergroup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Peer groups of spaces and who is in them. */
public interface PeerGroups {

    void add(PeerGroup group);

    Optional<PeerGroup> find(UUID groupId);

    List<PeerGroup> ofSpace(UUID spaceId);

    /** The groups the person is in, across all spaces. */
    List<UUID> groupsOf(UUID personId);

    /** As {@link #groupsOf(UUID)} for many people at once, by person (everyone asked is a key). */
    default java.util.Map<UUID, List<UUID>> groupsOf(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, List<UUID>> all = new java.util.LinkedHashMap<>();
        personIds.forEach(person -> all.put(person, groupsOf(person)));
        return all;
    }

    void addMember(UUID groupId, UUID personId, Instant now);

    List<UUID> members(UUID groupId);

    /** Takes the person out of the group; what they wrote there stays. */
    void removeMember(UUID groupId, UUID personId);

    /** The groups a programme's round formed, in the order they were numbered. */
    List<PeerGroup> ofRound(UUID roundId);
}
