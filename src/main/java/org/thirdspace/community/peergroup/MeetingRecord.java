package org.thirdspace.community.peergroup;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** What stays of one meeting of a group: a link to its recording and the notes its members keep. */
@Entity
@Table(name = "peer_group_meeting")
@Access(AccessType.FIELD)
public class MeetingRecord {

    public static final int MAX_NOTES = 20_000;
    public static final int MAX_URL = 2_000;

    @Id
    private UUID id;
    @Column(name = "peer_group_id", nullable = false, updatable = false)
    private UUID peerGroupId;
    @Column(nullable = false, updatable = false)
    private int occurrence;
    @Column(name = "recording_url")
    private String recordingUrl;
    private String notes;
    @Column(name = "updated_by", nullable = false)
    private UUID updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingRecord() {
    }

    public MeetingRecord(UUID peerGroupId, int occurrence) {
        this.id = TimeOrderedUuid.next();
        this.peerGroupId = peerGroupId;
        this.occurrence = occurrence;
    }

    public void write(String newRecordingUrl, String newNotes, UUID by, Instant now) {
        this.recordingUrl = newRecordingUrl;
        this.notes = newNotes;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public UUID peerGroupId() {
        return peerGroupId;
    }

    public int occurrence() {
        return occurrence;
    }

    public String recordingUrl() {
        return recordingUrl;
    }

    public String notes() {
        return notes;
    }

    public UUID updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
