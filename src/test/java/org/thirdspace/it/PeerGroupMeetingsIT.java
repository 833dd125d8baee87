package org.thirdspace.it;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * A peer group's meetings through the real tool: the time chosen from the members' launch custom
 * values, the iCalendar files (parsed back with ical4j), who may read them, who keeps the
 * recording and notes, and "My peer group" with the group's threads.
 */
@ExtendWith(ToolServer.class)
class PeerGroupMeetingsIT {

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    record Group(String course, Member facilitator, String space, String id, List<Member> members, Member outsider) {
    }

    /**
     * Four learners (London, New York, Berlin, Kolkata) and one learner of the space outside the
     * group. London, Berlin and Kolkata share 09:00–12:30 UTC; London, New York and Berlin
     * 13:00–16:00 UTC; no hour suits all four.
     */
    static Group group() {
        String course = "meet-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Leading hybrid teams, alumni");
        List<Map<String, String>> profiles = List.of(
                Map.of("department", "Finance", "utc_offset", "+00:00", "working_hours", "09:00-17:00", "languages", "en"),
                Map.of("department", "Sales", "utc_offset", "-05:00", "working_hours", "08:00-16:00", "languages", "en,es"),
                Map.of("department", "Legal", "utc_offset", "+01:00", "working_hours", "09:00-17:00", "languages", "en,de"),
                Map.of("department", "IT", "timezone", "Asia/Kolkata", "working_hours", "09:00-18:00", "languages", "en,hi"));
        List<Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            members.add(Member.launch(tool, platform, "l" + i + "-" + course, List.of(LEARNER), course, course + "-link", profiles.get(i)));
        }
        Member outsider = Member.launch(tool, platform, "o-" + course, List.of(LEARNER), course);
        String ids = String.join(",", members.stream().map(m -> "\"" + m.personId() + "\"").toList());
        String group = (String) facilitator.ok("POST", "/api/spaces/" + space + "/peer-groups",
                "{\"name\": \"Circle 1\", \"members\": [" + ids + "]}").get("id");
        return new Group(course, facilitator, space, group, members, outsider);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTimeSuitsMostMembersWorkingHoursAndTheCalendarSaysSo() throws Exception {
        Group g = group();
        String path = "/api/peer-groups/" + g.id();
        Member ana = g.members().get(0);

        Map<String, Object> before = ana.ok(path);
        assertThat(before.get("schedule")).isNull();
        assertThat(before.get("next")).isNull();
        assertThat(ana.get(path + "/calendar.ics").status()).isEqualTo(404);

        Map<String, Object> view = g.facilitator().ok("PUT", path + "/meetings", "{}");
        Map<String, Object> schedule = (Map<String, Object>) view.get("schedule");
        // Three of four can meet; of the two windows, 10:15 UTC keeps everyone furthest from the
        // edge of their day (75 minutes for London and Kolkata; 14:00 would leave 60).
        assertThat(schedule).containsEntry("utcTime", "10:15").containsEntry("withinHours", 3L).containsEntry("knownHours", 4L)
                .containsEntry("weekday", "TUESDAY").containsEntry("weekOfMonth", 2L).containsEntry("intervalMonths", 1L)
                .containsEntry("durationMinutes", 60L);
        Map<String, Object> next = (Map<String, Object>) view.get("next");
        Instant start = Instant.parse((String) next.get("startsAt"));
        ZonedDateTime utc = start.atZone(ZoneOffset.UTC);
        assertThat(start).isAfter(Instant.now());
        assertThat(utc.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat((utc.getDayOfMonth() - 1) / 7 + 1).as("the second Tuesday").isEqualTo(2);
        assertThat(utc.toLocalTime()).isEqualTo(LocalTime.of(10, 15));
        assertThat(Instant.parse((String) next.get("endsAt"))).isEqualTo(start.plusSeconds(3600));

        // The series: valid RFC 5545, parsed back.
        ToolClient.Reply file = ana.get(path + "/calendar.ics");
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("text/calendar");
        VEvent event = event(file.body());
        String uid = event.getUid().orElseThrow().getValue();
        assertThat(uid).startsWith("peer-group-" + g.id() + "@");
        assertThat(event.getDateTimeStamp()).isNotNull();
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(utc.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
        RRule<?> rrule = event.getProperty(Property.RRULE).map(p -> (RRule<?>) p).orElseThrow();
        Recur<?> recur = rrule.getRecur();
        assertThat(recur.getFrequency()).isEqualTo(net.fortuna.ical4j.transform.recurrence.Frequency.MONTHLY);
        assertThat(rrule.getValue()).contains("BYDAY=2TU");
        assertThat(event.getSummary().getValue()).contains("Circle 1");
        String description = event.getDescription().getValue();
        assertThat(description).contains("What will you try before the next meeting?").contains("#/peer-groups/" + g.id());
        // The next occurrences the rule gives are second Tuesdays at the same time, a month apart.
        List<ZonedDateTime> dates = ((Recur<ZonedDateTime>) recur).getDates(utc, utc, utc.plusMonths(6));
        assertThat(dates).hasSizeGreaterThanOrEqualTo(6);
        for (ZonedDateTime date : dates) {
            assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat((date.getDayOfMonth() - 1) / 7 + 1).isEqualTo(2);
            assertThat(date.toLocalTime()).isEqualTo(LocalTime.of(10, 15));
        }
        // The same file again: the same UID and DTSTAMP.
        VEvent again = event(ana.get(path + "/calendar.ics").body());
        assertThat(again.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(again.getDateTimeStamp().getValue()).isEqualTo(event.getDateTimeStamp().getValue());

        // One meeting: its own stable UID, no RRULE, the same start.
        VEvent first = event(ana.get(path + "/meetings/0/calendar.ics").body());
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("peer-group-" + g.id() + "-meeting-0@" + uid.substring(uid.indexOf('@') + 1));
        assertThat(first.getProperty(Property.RRULE)).isEmpty();
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(
                event.getProperty(Property.DTSTART).orElseThrow().getValue());

        // Rescheduled: the same UID, a higher SEQUENCE, the new length.
        g.facilitator().ok("PUT", path + "/meetings", "{\"durationMinutes\": 90, \"weekday\": \"thursday\", \"weekOfMonth\": 1,"
                + " \"agenda\": [\"What changed for your team this month?\"]}");
        VEvent moved = event(ana.get(path + "/calendar.ics").body());
        assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(moved.getProperty(Property.RRULE).orElseThrow().getValue()).contains("BYDAY=1TH");
        assertThat(moved.getDescription().getValue()).contains("What changed for your team this month?")
                .doesNotContain("What will you try");
    }

    @Test
    @SuppressWarnings("unchecked")
    void badSchedulesAreRefusedAndChangeNothing() {
        Group g = group();
        String path = "/api/peer-groups/" + g.id();
        g.facilitator().ok("PUT", path + "/meetings", "{}");
        // Each with a valid change beside the bad one: nothing of it may be kept.
        for (String bad : List.of("{\"durationMinutes\": 90, \"weekday\": \"SATURDAY\"}", "{\"durationMinutes\": 90, \"weekday\": \"someday\"}",
                "{\"weekday\": \"FRIDAY\", \"durationMinutes\": 7}", "{\"weekday\": \"FRIDAY\", \"durationMinutes\": 600}",
                "{\"weekday\": \"FRIDAY\", \"durationMinutes\": 50}", "{\"durationMinutes\": 90, \"weekOfMonth\": 5}",
                "{\"durationMinutes\": 90, \"intervalMonths\": 0}", "{\"durationMinutes\": 90, \"agenda\": [\"  \"]}",
                "{\"durationMinutes\": 90, \"agenda\": [\"" + "x".repeat(301) + "\"]}", "{\"durationMinutes\": \"long\"}")) {
            ToolClient.Reply refused = g.facilitator().send("PUT", path + "/meetings", bad);
            assertThat(refused.status()).as(bad + " → " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
        }
        Map<String, Object> schedule = (Map<String, Object>) g.members().get(0).ok(path).get("schedule");
        assertThat(schedule).containsEntry("intervalMonths", 1L).containsEntry("durationMinutes", 60L).containsEntry("weekday", "TUESDAY");

        ToolClient.Reply learner = g.members().get(0).send("PUT", path + "/meetings", "{}");
        assertThat(learner.status()).as(learner.toString()).isEqualTo(403);
        assertThat(learner.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void onlyTheGroupAndItsFacilitatorsReadItAndItsCalendar() {
        Group g = group();
        String path = "/api/peer-groups/" + g.id();
        g.facilitator().ok("PUT", path + "/meetings", "{}");
        List<String> paths = List.of(path, path + "/calendar.ics", path + "/meetings/0/calendar.ics");

        for (String p : paths) {
            assertThat(g.members().get(1).get(p).status()).as(p).isEqualTo(200);
            assertThat(g.facilitator().get(p).status()).as(p).isEqualTo(200);
            ToolClient.Reply outsider = g.outsider().get(p);
            assertThat(outsider.status()).as(p + " " + outsider).isEqualTo(403);
            assertThat(outsider.header("Content-Type")).contains("application/problem+json");
            assertThat(outsider.body()).doesNotContain("BEGIN:VCALENDAR").doesNotContain("Circle 1");
        }
        // Another organisation (another platform) with the same course and subject: no such group.
        TestPlatform elsewhere = TestPlatform.register(tool);
        Member stranger = Member.launch(tool, elsewhere, "l0-" + g.course(), List.of(INSTRUCTOR), g.course());
        for (String p : paths) {
            ToolClient.Reply refused = stranger.get(p);
            assertThat(refused.status()).as(p + " " + refused).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("BEGIN:VCALENDAR");
        }
        assertThat(stranger.send("PUT", path + "/meetings", "{}").status()).isEqualTo(404);
        assertThat(tool.get(path + "/calendar.ics").status()).isEqualTo(401);
        assertThat(g.members().get(0).get("/api/peer-groups/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(g.members().get(0).get(path + "/meetings/9999/calendar.ics").status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void membersKeepTheRecordingAndNotesOthersMayNot() {
        Group g = group();
        String path = "/api/peer-groups/" + g.id();
        Member ana = g.members().get(0);
        Member ben = g.members().get(1);
        assertThat(ana.send("PUT", path + "/meetings/0/record", "{\"notes\": \"early\"}").status()).as("no series yet").isEqualTo(404);
        g.facilitator().ok("PUT", path + "/meetings", "{}");

        ana.ok("PUT", path + "/meetings/0/record", "{\"recordingUrl\": \"https://video.example/rec/1\", \"notes\": \"We compared rotas.\"}");
        Map<String, Object> next = (Map<String, Object>) ben.ok(path).get("next");
        assertThat(next).containsEntry("recordingUrl", "https://video.example/rec/1").containsEntry("notes", "We compared rotas.")
                .containsEntry("updatedBy", "Person l0-" + g.course());
        ben.ok("PUT", path + "/meetings/0/record", "{\"recordingUrl\": \"https://video.example/rec/1\", \"notes\": \"We compared rotas; Ben adds the template.\"}");
        assertThat((Map<String, Object>) ana.ok(path).get("next")).containsEntry("notes", "We compared rotas; Ben adds the template.");

        for (String bad : List.of("{\"recordingUrl\": \"javascript:alert(1)\", \"notes\": \"x\"}",
                "{\"recordingUrl\": \"/relative\", \"notes\": \"x\"}", "{\"recordingUrl\": \"https://\", \"notes\": \"x\"}",
                "{\"notes\": \"" + "n".repeat(20_001) + "\"}")) {
            ToolClient.Reply refused = ana.send("PUT", path + "/meetings/0/record", bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
        }
        ToolClient.Reply later = ana.send("PUT", path + "/meetings/3/record", "{\"notes\": \"too early\"}");
        assertThat(later.status()).as("a meeting after the next").isEqualTo(400);
        assertThat((Map<String, Object>) ana.ok(path).get("next")).containsEntry("notes", "We compared rotas; Ben adds the template.")
                .containsEntry("recordingUrl", "https://video.example/rec/1");

        ToolClient.Reply facilitator = g.facilitator().send("PUT", path + "/meetings/0/record", "{\"notes\": \"mine\"}");
        assertThat(facilitator.status()).as("the notes are the group's").isEqualTo(403);
        assertThat(g.outsider().send("PUT", path + "/meetings/0/record", "{\"notes\": \"mine\"}").status()).isEqualTo(403);
        assertThat((Map<String, Object>) g.facilitator().ok(path).get("next")).containsEntry("notes", "We compared rotas; Ben adds the template.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void myPeerGroupShowsMembersAndTheGroupsThreadsWhichCanBeSharedUpWithConsent() {
        Group g = group();
        String path = "/api/peer-groups/" + g.id();
        Member ana = g.members().get(0);
        g.facilitator().ok("PUT", path + "/meetings", "{}");

        Map<String, Object> space = ana.ok("/api/spaces/" + g.space());
        assertThat((List<Map<String, Object>>) space.get("myPeerGroups")).extracting(m -> m.get("id")).containsExactly(g.id());

        String thread = (String) ana.ok("POST", "/api/spaces/" + g.space() + "/threads", "{\"title\": \"Rota templates\", \"body\": \"Mine attached\","
                + " \"tags\": [], \"audience\": \"PEER_GROUP\", \"peerGroupId\": \"" + g.id() + "\"}").get("id");
        Map<String, Object> view = g.members().get(2).ok(path);
        assertThat(view).containsEntry("name", "Circle 1").containsEntry("inGroup", true).containsEntry("mayRecord", true)
                .containsEntry("mayPost", true).containsEntry("spaceId", g.space());
        assertThat((List<Map<String, Object>>) view.get("members")).extracting(m -> m.get("id"))
                .containsExactlyInAnyOrderElementsOf(g.members().stream().map(Member::personId).toList());
        assertThat((List<Map<String, Object>>) view.get("members")).extracting(m -> m.get("name")).contains("Person l0-" + g.course());
        assertThat((List<Map<String, Object>>) view.get("threads")).extracting(m -> m.get("id")).containsExactly(thread);
        assertThat(feedIds(g.outsider(), g.space())).doesNotContain(thread);

        // The facilitator asks to share it with the space; only with the author's consent does it go.
        g.facilitator().ok("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"SPACE\"}");
        assertThat(feedIds(g.outsider(), g.space())).doesNotContain(thread);
        String request = (String) ((Map<?, ?>) ana.ok("/api/threads/" + thread).get("openRequest")).get("id");
        ana.ok("POST", "/api/threads/audience-requests/" + request, "{\"accept\": true}");
        assertThat(feedIds(g.outsider(), g.space())).contains(thread);
        // Still the group's thread on its page.
        assertThat((List<Map<String, Object>>) ana.ok(path).get("threads")).extracting(m -> m.get("id")).containsExactly(thread);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> feedIds(Member reader, String space) {
        return ((List<Map<String, Object>>) reader.ok("/api/spaces/" + space + "/feed").get("latest")).stream().map(m -> m.get("id")).toList();
    }

    private static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
