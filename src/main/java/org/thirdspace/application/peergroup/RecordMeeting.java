package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.peergroup.MeetingRecord;
import org.thirdspace.community.peergroup.MeetingSeries;
import org.thirdspace.community.peergroup.Meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A member of a group keeps a meeting's recording link and notes: any member may write them (the
 * group keeps them together, like a shared document), for a meeting that took place or the next
 * one (notes prepared ahead). A facilitator reads them but does not write them: the notes are the
 * group's.
 */
@ApplicationScoped
public class RecordMeeting {

    private PeerGroupAccess access;
    private Meetings meetings;

    protected RecordMeeting() {
    }

    @Inject
    public RecordMeeting(PeerGroupAccess access, Meetings meetings) {
        this.access = access;
        this.meetings = meetings;
    }

    /** Both are replaced; null or blank clears one. */
    public record Request(String recordingUrl, String notes) {
    }

    @Transactional
    public MeetingView write(Actor actor, UUID groupId, int number, Request request, Instant now) {
        access.member(actor, groupId);
        MeetingSeries series = meetings.series(groupId).orElseThrow(() -> new NotFound("the group has no meetings scheduled"));
        if (number < 0 || number > series.next(now)) {
            throw new InvalidRequest("meeting", "only a meeting that took place, or the next one, has a recording and notes");
        }
        if (request == null) {
            throw new InvalidRequest("body", "a recording link or notes are needed");
        }
        String url = recordingUrl(request.recordingUrl());
        String notes = blankToNull(request.notes());
        if (notes != null && notes.length() > MeetingRecord.MAX_NOTES) {
            throw new InvalidRequest("notes", "notes have at most " + MeetingRecord.MAX_NOTES + " characters");
        }
        MeetingRecord record = meetings.record(groupId, number).orElse(null);
        if (record == null) {
            record = new MeetingRecord(groupId, number);
            record.write(url, notes, actor.personId(), now);
            meetings.add(record);
        } else {
            record.write(url, notes, actor.personId(), now);
        }
        return MeetingView.of(series, number, record, null);
    }

    /** An absolute https (or http) link: anything else (javascript:, data:, relative) is refused. */
    private static String recordingUrl(String value) {
        String url = blankToNull(value);
        if (url == null) {
            return null;
        }
        if (url.length() > MeetingRecord.MAX_URL) {
            throw new InvalidRequest("recordingUrl", "a recording link has at most " + MeetingRecord.MAX_URL + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidRequest("recordingUrl", "a recording link is a web address starting with https://");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
