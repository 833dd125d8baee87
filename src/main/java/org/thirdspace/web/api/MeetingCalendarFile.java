package org.thirdspace.web.api;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.thirdspace.application.peergroup.ReadMeetingCalendar.CalendarEntry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/**
 * A group's meetings as an iCalendar file (RFC 5545), written by ical4j: one VEVENT with UID,
 * DTSTAMP, DTSTART and DTEND in UTC (§3.3.5 form 2, so no VTIMEZONE is needed), SUMMARY,
 * DESCRIPTION (the agenda and the way back to the group), URL and, for the series, its RRULE
 * (§3.8.5.3). The UID is the group's, so a calendar that imported the series recognises a
 * rescheduled one (its SEQUENCE grows, §3.8.7.4); one meeting's file has its own UID, derived
 * from the group's and the meeting's number, so that both can be imported without replacing
 * each other.
 */
final class MeetingCalendarFile {

    static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//Thirdspace//Peer group meetings//EN";

    private MeetingCalendarFile() {
    }

    /**
     * @param summary  the event's title (the group and its space)
     * @param agenda   the prompts, in the reader's language when they are the starter prompts
     * @param link     where the group's page is
     * @param linkText the sentence that introduces the link
     * @param domain   the right-hand side of the UID (the tool's host)
     */
    static String write(CalendarEntry entry, String summary, List<String> agenda, String agendaTitle, URI link, String linkText,
                        String domain) {
        VEvent event = new VEvent(entry.start(), entry.end(), summary);
        String uid = "peer-group-" + entry.groupId() + (entry.meeting() == null ? "" : "-meeting-" + entry.meeting()) + "@" + domain;
        event.add(new Uid(uid));
        // DTSTAMP: when this information last changed (the series' last scheduling), so that the
        // same file is served until it changes.
        event.replace(new DtStamp(entry.stamp()));
        event.add(new Sequence(entry.sequence()));
        if (entry.meeting() == null) {
            event.add(new RRule<>("FREQ=MONTHLY;INTERVAL=" + entry.intervalMonths() + ";BYDAY=" + entry.byDay()));
        }
        StringBuilder description = new StringBuilder(agendaTitle).append('\n');
        agenda.forEach(prompt -> description.append("- ").append(prompt).append('\n'));
        description.append('\n').append(linkText).append(' ').append(link);
        event.add(new Description(description.toString()));
        event.add(new Url(link));

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
