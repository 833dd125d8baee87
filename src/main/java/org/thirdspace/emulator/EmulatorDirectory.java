package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The emulated LMS's organisation: people, courses, enrolments and the tool links on course
 * pages. Always the same demo data, so that a newcomer and the tests see the same world.
 */
@ApplicationScoped
public class EmulatorDirectory {

    static final String ORGANISATION = "Northwind Learning";

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String LEARNER = MEMBERSHIP + "Learner";
    private static final String INSTRUCTOR = MEMBERSHIP + "Instructor";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";

    private final Map<String, EmulatedPerson> people = new LinkedHashMap<>();
    /** When a course's run ended ("End the course run" on its page), by course id. */
    private final Map<String, Instant> runEnds = new ConcurrentHashMap<>();
    /** Per course, when each member (by key) completed it. */
    private final Map<String, Map<String, Instant>> completions = new ConcurrentHashMap<>();
    /** Courses may be added while the emulator runs (roster tests and newcomers make their own). */
    private final Map<String, EmulatedCourse> courses = Collections.synchronizedMap(new LinkedHashMap<>());

    public EmulatorDirectory() {
        person("ada", "Ada", "Okafor", "ada.okafor@northwind.example", "en-GB", INSTITUTION + "Student");
        person("ben", "Ben", "Lindqvist", "ben.lindqvist@northwind.example", "en-US", INSTITUTION + "Staff");
        person("chen", "Chen", "Wei", "chen.wei@northwind.example", "fr-FR", INSTITUTION + "Staff");
        person("dana", "Dana", "Reyes", "dana.reyes@northwind.example", "en-US", INSTITUTION + "Staff");
        person("elif", "Elif", "Kaya", "elif.kaya@northwind.example", "de-DE", INSTITUTION + "Staff");
        person("farah", "Farah", "Haddad", "farah.haddad@northwind.example", "en-GB", INSTITUTION + "Staff");
        person("grace", "Grace", "Mbeki", "grace.mbeki@northwind.example", "en-GB", INSTITUTION + "Faculty");
        person("hiro", "Hiro", "Tanaka", "hiro.tanaka@northwind.example", "en-US", INSTITUTION + "Staff");
        person("ivy", "Ivy", "Marsh", "ivy.marsh@northwind.example", "en-GB", INSTITUTION + "Administrator");

        Map<String, List<String>> hybrid = new LinkedHashMap<>();
        hybrid.put("grace", List.of(INSTRUCTOR));
        hybrid.put("ada", List.of(LEARNER));
        hybrid.put("ben", List.of("Learner"));                       // deprecated short form
        hybrid.put("chen", List.of("urn:lti:role:ims/lis/Learner")); // LTI 1.1 URN
        hybrid.put("dana", List.of(LEARNER));
        hybrid.put("elif", List.of(LEARNER));
        hybrid.put("hiro", List.of(MEMBERSHIP + "ContentDeveloper"));
        course("lht-2026-09", "LHT-2609", "Leading Hybrid Teams (September 2026 run)", hybrid);

        Map<String, List<String>> conversations = new LinkedHashMap<>();
        conversations.put("grace", List.of(INSTRUCTOR));
        conversations.put("ada", List.of(LEARNER));
        conversations.put("dana", List.of(LEARNER));
        conversations.put("farah", List.of(LEARNER));
        conversations.put("hiro", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"));
        course("cc-101", "CC-101", "Customer Conversations", conversations);

        Map<String, List<String>> onboarding = new LinkedHashMap<>();
        onboarding.put("grace", List.of(INSTRUCTOR));
        onboarding.put("ben", List.of(LEARNER));
        onboarding.put("farah", List.of(LEARNER));
        onboarding.put("ivy", List.of());
        course("onb-2026", "ONB-26", "Onboarding Essentials", onboarding);

        // A course run of 300 people across departments, regions and time zones: its generated
        // learners (roster size 300) carry the work profiles peer groups are formed by.
        Map<String, List<String>> run = new LinkedHashMap<>();
        run.put("grace", List.of(INSTRUCTOR));
        run.put("ada", List.of(LEARNER));
        run.put("chen", List.of(LEARNER));
        run.put("dana", List.of(LEARNER));
        run.put("elif", List.of(LEARNER));
        run.put("farah", List.of(LEARNER));
        course(RUN_COURSE, "CR-300", "Collaborating Across Borders (300-person course run)", run);
    }

    private void person(String id, String given, String family, String email, String locale, String institutionRole) {
        people.put(id, new EmulatedPerson(id, given, family, email, locale, List.of(institutionRole)));
    }

    private void course(String id, String label, String title, Map<String, List<String>> enrolments) {
        List<EmulatedLink> links = new CopyOnWriteArrayList<>();
        links.add(new EmulatedLink(id + "-community", "Course community", null, Map.of()));
        // In the order written: instructors first where it matters, and the same order on every run.
        courses.put(id, new EmulatedCourse(id, label, title, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(enrolments)), links));
    }

    /**
     * Who has a picture in this LMS: their launches and roster entries carry the OIDC {@code picture}
     * claim, served by the emulator from the tool's own origin (so the tool's CSP lets it show); the
     * others show as initials.
     */
    static final java.util.Set<String> PICTURED = java.util.Set.of("grace", "chen");

    public boolean hasPicture(String personId) {
        return PICTURED.contains(personId);
    }

    /** The 300-person course run, whose roster is generated to that size. */
    static final String RUN_COURSE = "cab-2026";
    static final int RUN_SIZE = 294;

    /** The course the emulator's home page suggests first: the newcomer's two-minute journey. */
    static final String FIRST_COURSE = "cc-101";

    /** The stable LTI {@code sub} of an emulated person. */
    public static String subject(String personId) {
        return "northwind-" + personId;
    }

    public List<EmulatedPerson> people() {
        return List.copyOf(people.values());
    }

    public List<EmulatedCourse> courses() {
        synchronized (courses) {
            return List.copyOf(courses.values());
        }
    }

    public Optional<EmulatedPerson> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    public Optional<EmulatedCourse> course(String id) {
        return Optional.ofNullable(courses.get(id));
    }

    /** The roles a person has in a course, or empty when not enrolled. */
    public Optional<List<String>> roles(String courseId, String personId) {
        return course(courseId).map(c -> c.enrolments().get(personId));
    }

    public Optional<EmulatedLink> link(String courseId, String linkId) {
        return course(courseId).flatMap(c -> c.links().stream().filter(l -> l.id().equals(linkId)).findFirst());
    }

    /**
     * The course with this id, created if it does not exist yet: Grace Mbeki teaches it and Ada
     * Okafor learns in it; its roster grows through the emulator's roster settings.
     */
    public EmulatedCourse ensureCourse(String id, String title) {
        return ensureCourse(id, title, List.of());
    }

    /** As {@link #ensureCourse(String, String)}, with more of the directory's people as learners of a new course. */
    public EmulatedCourse ensureCourse(String id, String title, List<String> learners) {
        synchronized (courses) {
            if (!courses.containsKey(id)) {
                Map<String, List<String>> enrolments = new LinkedHashMap<>();
                enrolments.put("grace", List.of(INSTRUCTOR));
                enrolments.put("ada", List.of(LEARNER));
                learners.stream().filter(people::containsKey).forEach(p -> enrolments.putIfAbsent(p, List.of(LEARNER)));
                course(id, id.toUpperCase(Locale.ROOT), title == null || title.isBlank() ? id : title, enrolments);
            }
            return courses.get(id);
        }
    }

    /**
     * Ends the course's run now (to the second): from then on its launches and roster listings
     * carry {@code course_end}, as an LMS substitutes {@code $CourseSection.timeFrame.end}.
     */
    public Instant endRun(String courseId, Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.SECONDS);
        runEnds.put(courseId, end);
        return end;
    }

    public Optional<Instant> runEnd(String courseId) {
        return Optional.ofNullable(runEnds.get(courseId));
    }

    /**
     * Records that a member completed the course (to the second): from then on their launches and
     * roster listings carry {@code course_completed}, as an LMS substitutes a completion date.
     */
    public void complete(String courseId, String memberKey, Instant now) {
        completions.computeIfAbsent(courseId, c -> new ConcurrentHashMap<>())
                .putIfAbsent(memberKey, now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** How many members completed the course. */
    public int completed(String courseId) {
        return completions.getOrDefault(courseId, Map.of()).size();
    }

    /**
     * The custom values the LMS sends for a member of a course, in launches and roster listings
     * alike: their work profile, once the run ended {@code course_end} (ISO-8601), and once they
     * completed the course {@code course_completed} (the date-time of completion, ISO-8601).
     */
    public Map<String, String> memberCustom(String courseId, String memberKey) {
        Map<String, String> values = new LinkedHashMap<>(EmulatedWorkProfile.of(courseId, memberKey));
        runEnd(courseId).ifPresent(end -> values.put("course_end", end.toString()));
        Instant completed = completions.getOrDefault(courseId, Map.of()).get(memberKey);
        if (completed != null) {
            values.put("course_completed", completed.toString());
        }
        return values;
    }

    /** Places a new tool link on a course page (deep linking). */
    public void addLink(String courseId, EmulatedLink link) {
        course(courseId).ifPresent(c -> c.links().add(link));
    }
}
