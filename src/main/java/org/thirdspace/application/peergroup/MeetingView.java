package org.thirdspace.application.peergroup;

import org.thirdspace.community.peergroup.MeetingRecord;
import org.thirdspace.community.peergroup.MeetingSeries;

import java.time.Instant;

/** One meeting of a group's series: when, and what its members kept of it. */
public record MeetingView(int number, Instant startsAt, Instant endsAt, String recordingUrl, String notes, Instant updatedAt,
                          String updatedBy) {

    static MeetingView of(MeetingSeries series, int number, MeetingRecord record, String updatedBy) {
        Instant start = series.start(number);
        return new MeetingView(number, start, start.plus(series.duration()), record == null ? null : record.recordingUrl(),
                record == null ? null : record.notes(), record == null ? null : record.updatedAt(), updatedBy);
    }
}
