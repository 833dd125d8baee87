package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.peergroup.MeetingSeries;
import org.thirdspace.community.peergroup.Meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a calendar file of a group's meetings says: the whole series, or one meeting of it. Only
 * the group's members and the programme's facilitators may read it (it names the group and its
 * times).
 */
@ApplicationScoped
public class ReadMeetingCalendar {

    private PeerGroupAccess access;
    private Meetings meetings;

    protected ReadMeetingCalendar() {
    }

    @Inject
    public ReadMeetingCalendar(PeerGroupAccess access, Meetings meetings) {
        this.access = access;
        this.meetings = meetings;
    }

    /**
     * @param meeting the meeting's number, or null for the series
     * @param agenda  the facilitator's prompts; empty: the starter prompts
     */
    public record CalendarEntry(UUID groupId, String groupName, String spaceTitle, Integer meeting, Instant start, Instant end,
                                int intervalMonths, String byDay, int sequence, Instant stamp, List<String> agenda) {
    }

    @Transactional
    public CalendarEntry read(Actor actor, UUID groupId, Integer meeting, Instant now) {
        PeerGroupAccess.InGroup in = access.reader(actor, groupId);
        MeetingSeries series = meetings.series(groupId).orElseThrow(() -> new NotFound("the group has no meetings scheduled"));
        if (meeting != null && (meeting < 0 || meeting > series.next(now) + 24)) {
            throw new NotFound("no such meeting in the series");
        }
        Instant start = series.start(meeting == null ? 0 : meeting);
        // RFC 5545 §3.3.10 BYDAY with an ordinal: 2TU is the second Tuesday of the month.
        String byDay = series.weekOfMonth() + series.weekday().name().substring(0, 2);
        return new CalendarEntry(groupId, in.group().name(), in.space().title(), meeting, start, start.plus(series.duration()),
                series.intervalMonths(), byDay, series.sequence(), series.updatedAt(), series.agenda());
    }
}
