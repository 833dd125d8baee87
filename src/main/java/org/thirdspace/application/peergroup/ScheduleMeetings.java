package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.peergroup.GroupingProfile;
import org.thirdspace.community.peergroup.MeetingSeries;
import org.thirdspace.community.peergroup.MeetingTime;
import org.thirdspace.community.peergroup.Meetings;
import org.thirdspace.community.peergroup.formation.WorkingHours;
import org.thirdspace.community.space.Spaces;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A facilitator schedules a peer group's meetings (or reschedules them: the calendar's UID stays,
 * its SEQUENCE grows). The time of day is chosen from the members' custom values as the courses
 * linked to the space keep them ({@code timezone} or {@code utc_offset}, {@code working_hours}; see
 * {@link GroupingProfile}) by {@link MeetingTime}; the facilitator chooses the day (the n-th
 * weekday of the month), how often, how long, and the agenda.
 */
@ApplicationScoped
public class ScheduleMeetings {

    static final int DEFAULT_DURATION = 60;

    private PeerGroupAccess access;
    private Meetings meetings;
    private Spaces spaces;
    private Courses courses;

    protected ScheduleMeetings() {
    }

    @Inject
    public ScheduleMeetings(PeerGroupAccess access, Meetings meetings, Spaces spaces, Courses courses) {
        this.access = access;
        this.meetings = meetings;
        this.spaces = spaces;
        this.courses = courses;
    }

    /**
     * Every field may be left out: the second Tuesday, monthly, for an hour, with the starter prompts.
     *
     * @param weekday MONDAY to FRIDAY
     */
    public record Request(Integer weekOfMonth, String weekday, Integer intervalMonths, Integer durationMinutes, List<String> agenda) {
    }

    @Transactional
    public MeetingSeries schedule(Actor actor, UUID groupId, Request request, Instant now) {
        PeerGroupAccess.InGroup in = access.facilitator(actor, groupId);
        Request r = request == null ? new Request(null, null, null, null, null) : request;
        int week = bounded("weekOfMonth", r.weekOfMonth(), 2, 1, 4, "the week of the month is 1 to 4");
        int interval = bounded("intervalMonths", r.intervalMonths(), 1, 1, 12, "meetings are 1 to 12 months apart");
        int duration = bounded("durationMinutes", r.durationMinutes(), DEFAULT_DURATION, 15, 240,
                "a meeting lasts 15 to 240 minutes");
        if (duration % 15 != 0) {
            throw new InvalidRequest("durationMinutes", "a meeting lasts a whole number of quarter hours");
        }
        DayOfWeek weekday = weekday(r.weekday());
        List<String> agenda = agenda(r.agenda());

        MeetingTime.Choice time = MeetingTime.choose(hours(in.space().id(), in.members(), now), duration);
        MeetingSeries.Plan plan = new MeetingSeries.Plan(week, weekday, interval, time, agenda);
        MeetingSeries series = meetings.series(groupId).orElse(null);
        if (series == null) {
            series = new MeetingSeries(groupId, plan, actor.personId(), now);
            meetings.add(series);
        } else {
            series.reschedule(plan, actor.personId(), now);
        }
        return series;
    }

    /** The members' working hours, from their custom values in the space's linked courses (null when unknown). */
    private List<WorkingHours> hours(UUID spaceId, List<UUID> members, Instant now) {
        List<UUID> linked = spaces.linkedCourses(spaceId);
        List<WorkingHours> hours = new ArrayList<>();
        for (UUID person : members) {
            Map<String, String> custom = new LinkedHashMap<>();
            for (UUID course : linked) {
                courses.membership(course, person).map(CourseMembership::custom).ifPresent(custom::putAll);
            }
            hours.add(GroupingProfile.participant(person.toString(), custom, now).hours());
        }
        return hours;
    }

    private static int bounded(String field, Integer value, int absent, int min, int max, String message) {
        if (value == null) {
            return absent;
        }
        if (value < min || value > max) {
            throw new InvalidRequest(field, message);
        }
        return value;
    }

    private static DayOfWeek weekday(String value) {
        if (value == null) {
            return DayOfWeek.TUESDAY;
        }
        try {
            DayOfWeek day = DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                return day;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidRequest("weekday", "meetings are on a working day, MONDAY to FRIDAY");
    }

    private static List<String> agenda(List<String> prompts) {
        if (prompts == null) {
            return List.of();
        }
        if (prompts.size() > MeetingSeries.MAX_PROMPTS) {
            throw new InvalidRequest("agenda", "an agenda has at most " + MeetingSeries.MAX_PROMPTS + " prompts");
        }
        List<String> agenda = new ArrayList<>();
        for (String prompt : prompts) {
            if (prompt == null || prompt.isBlank()) {
                throw new InvalidRequest("agenda", "a prompt cannot be empty");
            }
            String line = prompt.strip().replaceAll("\\s+", " ");
            if (line.length() > MeetingSeries.MAX_PROMPT_LENGTH) {
                throw new InvalidRequest("agenda", "a prompt has at most " + MeetingSeries.MAX_PROMPT_LENGTH + " characters");
            }
            agenda.add(line);
        }
        return agenda;
    }
}
