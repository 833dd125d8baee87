package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.ProgrammeTrigger;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.space.Spaces;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The people a programme groups, with the values it groups them by: the active learners of its
 * courses who are still members of the space, their launches' and roster's custom values, and over
 * those what an upload gave for them. A programme triggered by completion groups only those who
 * completed the course: the LMS says so with the custom value {@code course_completed} ({@code true}
 * or the ISO-8601 date or date-time of the completion), in a launch, a roster listing or an upload.
 */
@ApplicationScoped
public class ProgrammeRoster {

    private Spaces spaces;
    private Courses courses;
    private Programmes programmes;

    protected ProgrammeRoster() {
    }

    @Inject
    public ProgrammeRoster(Spaces spaces, Courses courses, Programmes programmes) {
        this.spaces = spaces;
        this.courses = courses;
        this.programmes = programmes;
    }

    /** Person to values, in person order (the same roster gives the same formation). */
    public Map<UUID, Map<String, String>> people(Programme programme) {
        Map<UUID, Map<String, String>> values = learners(programme);
        Map<UUID, Membership> memberships = spaces.memberships(programme.spaceId(), values.keySet());
        values.keySet().removeIf(person -> !SpacePolicy.mayView(memberships.get(person)));
        programmes.uploads(programme.id()).forEach((person, uploaded) -> values.computeIfPresent(person, (p, custom) -> {
            Map<String, String> merged = new LinkedHashMap<>(custom);
            merged.putAll(uploaded);
            return merged;
        }));
        if (programme.trigger() == ProgrammeTrigger.COMPLETION) {
            values.values().removeIf(v -> !completed(v));
        }
        return values;
    }

    static final String COURSE_COMPLETED = "course_completed";

    /** Whether the values carry a completion: {@code true}, or a date; an unsubstituted variable or {@code false} is none. */
    static boolean completed(Map<String, String> values) {
        String value = values == null ? null : values.get(COURSE_COMPLETED);
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        try {
            OffsetDateTime.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(v);
                return true;
            } catch (DateTimeParseException notADate) {
                return false;
            }
        }
    }

    /** The active learners of the programme's courses (those who teach facilitate; they are not grouped). */
    public Map<UUID, Map<String, String>> learners(Programme programme) {
        Map<UUID, Map<String, String>> values = new TreeMap<>();
        for (UUID courseId : programme.courseIds()) {
            for (CourseMembership m : courses.memberships(courseId, ProposePeerGroups.ROSTER_LIMIT)) {
                if (m.status() == MembershipStatus.ACTIVE && !m.roles().teaches()) {
                    values.merge(m.personId(), m.custom(), (a, b) -> {
                        Map<String, String> merged = new LinkedHashMap<>(b);
                        merged.putAll(a);
                        return merged;
                    });
                }
            }
        }
        return values;
    }
}
