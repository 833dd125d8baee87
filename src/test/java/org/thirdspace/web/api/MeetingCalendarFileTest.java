package org.thirdspace.web.api;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.thirdspace.application.peergroup.ReadMeetingCalendar.CalendarEntry;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingCalendarFileTest {

    @Test
    void aMeetingWithAnAgendaOfSeveralLinesReadsBackAsOneEvent() throws Exception {
        Instant start = Instant.parse("2027-01-21T15:00:00Z");
        List<String> agenda = List.of("What did you try since the course ended?", "Who else should hear about it?");
        CalendarEntry entry = new CalendarEntry(UUID.randomUUID(), "Group 7", "Across borders, after the course", 2, start,
                start.plus(Duration.ofMinutes(90)), 1, "3TH", 1, Instant.parse("2026-12-04T10:00:00Z"), agenda);
        String ics = MeetingCalendarFile.write(entry, "Group 7 · Across borders, after the course", agenda, "Agenda",
                URI.create("http://localhost:8080/#/peer-groups/x"), "The group's page:", "localhost");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("Who else should hear about it?");
    }
}
