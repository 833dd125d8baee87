package org.thirdspace.community.peergroup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Peer groups' meeting series and what was kept of their meetings. */
public interface Meetings {

    Optional<MeetingSeries> series(UUID peerGroupId);

    void add(MeetingSeries series);

    Optional<MeetingRecord> record(UUID peerGroupId, int occurrence);

    void add(MeetingRecord record);

    /** The group's records, latest meeting first. */
    List<MeetingRecord> records(UUID peerGroupId, int limit);
}
