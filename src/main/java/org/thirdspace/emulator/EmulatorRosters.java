package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rosters of the emulated LMS's courses and how its Names and Role Provisioning Service and
 * Course Groups Service describe their members and groups. Generated learners come in the three
 * role forms platforms use (full URI, short name, LTI 1.1 URN), with SIS and LTI 1.1 identifiers
 * on some, and each member in one of the course's cohort groups.
 */
@ApplicationScoped
public class EmulatorRosters {

    /** The course whose roster the {@code thirdspace.emulator.roster-size} setting fills. */
    static final String LARGE_COURSE = "onb-2026";
    static final int DEFAULT_PAGE_SIZE = 100;
    static final int DEFAULT_GROUPS = 4;

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String[] GIVEN = {"Amara", "Bruno", "Carmen", "Dmitri", "Esther", "Felix", "Gita", "Hugo", "Ines",
            "Jonas", "Kemi", "Lars", "Maya", "Nikolai", "Olu", "Priya", "Quentin", "Rosa", "Sami", "Tereza", "Umar", "Vera",
            "Wen", "Ximena", "Yusuf", "Zoe"};
    private static final String[] FAMILY = {"Abbott", "Bianchi", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Hansen",
            "Ito", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okoye", "Petrov", "Quist", "Rossi", "Schmidt", "Tan",
            "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhou"};

    @Inject
    EmulatorDirectory directory;

    @Inject
    ToolSettings settings;

    @Inject
    EmulatorPlatform platform;

    private final Map<String, EmulatedRoster> rosters = new ConcurrentHashMap<>();

    public Optional<EmulatedRoster> roster(String courseId) {
        return directory.course(courseId).map(course -> rosters.computeIfAbsent(courseId, id -> new EmulatedRoster(
                List.copyOf(course.enrolments().keySet()), LARGE_COURSE.equals(id) ? settings.emulatorRosterSize()
                        : EmulatorDirectory.RUN_COURSE.equals(id) ? EmulatorDirectory.RUN_SIZE : 0,
                DEFAULT_PAGE_SIZE, DEFAULT_GROUPS)));
    }

    /** The stable {@code sub} of a roster member: directory people keep theirs, generated ones are per course. */
    static String subject(String courseId, String key) {
        return EmulatedRoster.generatedIndex(key) >= 0 ? "northwind-" + courseId + "-" + key : EmulatorDirectory.subject(key);
    }

    /** A member as the NRPS membership container lists it (NRPS 2.0 §2.4.1). */
    Map<String, Object> member(EmulatedCourse course, EmulatedRoster roster, String key, EmulatedLink link) {
        Map<String, Object> member = new LinkedHashMap<>();
        int n = EmulatedRoster.generatedIndex(key);
        EmulatedRoster.Change change = roster.changeOf(key);
        String given;
        String family;
        String email;
        List<String> roles;
        if (n < 0) {
            EmulatedPerson person = directory.person(key).orElseThrow();
            given = person.givenName();
            family = person.familyName();
            email = person.email();
            roles = course.enrolments().getOrDefault(key, List.of());
            // The id the LMS's LTI 1.1 links send (NRPS 2.0 §3.2 lti11_legacy_user_id): a roster sync
            // that meets someone before their first LTI 1.1 launch lets that launch find them.
            member.put("lti11_legacy_user_id", EmulatorLti11.userId(key));
        } else {
            given = GIVEN[n % GIVEN.length];
            family = FAMILY[(n / GIVEN.length) % FAMILY.length];
            email = (given + "." + family + "." + n + "@northwind.example").toLowerCase();
            roles = List.of(generatedRole(n));
            member.put("lis_person_sourcedid", "SIS-" + course.id() + "-" + n);
            if (n % 2 == 0) {
                member.put("lti11_legacy_user_id", "legacy-" + course.id() + "-" + n);
            }
        }
        if (change != null && change.givenName() != null) {
            given = change.givenName();
        }
        if (change != null && change.familyName() != null) {
            family = change.familyName();
        }
        member.put("status", roster.status(key));
        member.put("name", given + " " + family);
        member.put("given_name", given);
        member.put("family_name", family);
        member.put("email", email);
        if (n < 0 && directory.hasPicture(key)) {
            member.put("picture", platform.pictureUrl(key));
        }
        member.put("user_id", subject(course.id(), key));
        member.put("roles", roles);
        int groups = roster.groups();
        if (groups > 0) {
            member.put("group_enrollments", List.of(Map.of("group_id", groupId(course.id(), groupOf(key, course, groups)))));
        }
        if (link != null) {
            Map<String, Object> custom = new LinkedHashMap<>(link.custom());
            custom.put("cohort", "Cohort " + (groupOf(key, course, Math.max(1, groups)) + 1));
            custom.put("member_key", key);
            custom.putAll(directory.memberCustom(course.id(), key));
            member.put("message", List.of(Map.of(
                    "https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest",
                    "https://purl.imsglobal.org/spec/lti/claim/custom", custom)));
        }
        return member;
    }

    /** Mostly learners in the three role forms; a few teaching assistants and instructors. */
    private static String generatedRole(int n) {
        if (n % 500 == 7) {
            return MEMBERSHIP + "Instructor";
        }
        if (n % 100 == 3) {
            return "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
        }
        return switch (n % 3) {
            case 0 -> MEMBERSHIP + "Learner";
            case 1 -> "Learner";
            default -> "urn:lti:role:ims/lis/Learner";
        };
    }

    private static int groupOf(String key, EmulatedCourse course, int groups) {
        int n = EmulatedRoster.generatedIndex(key);
        if (n < 0) {
            n = new ArrayList<>(course.enrolments().keySet()).indexOf(key);
        }
        return Math.floorMod(n, groups);
    }

    static String groupId(String courseId, int index) {
        return courseId + "-cohort-" + (index + 1);
    }

    static String groupSetId(String courseId) {
        return courseId + "-cohorts";
    }
}
