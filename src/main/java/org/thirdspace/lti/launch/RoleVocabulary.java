package org.thirdspace.lti.launch;

import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises the three forms platforms send roles in (LTI Core 1.3 §A.2 role vocabularies):
 * full LIS v2 URIs ({@code http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor}), the
 * deprecated short names ({@code Instructor}, still sent by Moodle's NRPS) and LTI 1.1 URNs
 * ({@code urn:lti:role:ims/lis/Instructor}, seen from Blackboard).
 *
 * <p>Unknown roles are dropped (least privilege). An institution or system administrator is an
 * organisation administrator, never a course instructor by that role alone.
 */
public final class RoleVocabulary {

    private static final String CONTEXT_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String CONTEXT_SUB_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
    private static final String INSTITUTION_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    private static final String SYSTEM_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
    private static final String TEST_USER = "http://purl.imsglobal.org/vocab/lti/system/person#TestUser";
    private static final String URN_CONTEXT = "urn:lti:role:ims/lis/";
    private static final String URN_INSTITUTION = "urn:lti:instrole:ims/lis/";
    private static final String URN_SYSTEM = "urn:lti:sysrole:ims/lis/";

    private static final Map<String, CourseRole> PRINCIPAL = Map.of(
            "learner", CourseRole.LEARNER,
            "instructor", CourseRole.INSTRUCTOR,
            "contentdeveloper", CourseRole.CONTENT_DEVELOPER,
            "mentor", CourseRole.MENTOR,
            "manager", CourseRole.MANAGER,
            "member", CourseRole.MEMBER,
            "officer", CourseRole.OFFICER,
            "administrator", CourseRole.COURSE_ADMINISTRATOR,
            "teachingassistant", CourseRole.TEACHING_ASSISTANT);

    private RoleVocabulary() {
    }

    public static RoleSet normalise(Collection<String> roles) {
        EnumSet<CourseRole> course = EnumSet.noneOf(CourseRole.class);
        boolean organisationAdministrator = false;
        boolean testUser = false;
        for (String raw : roles) {
            if (raw == null) {
                continue;
            }
            String role = raw.trim();
            if (role.equals(TEST_USER)) {
                testUser = true;
            } else if (role.startsWith(INSTITUTION_ROLE) || role.startsWith(SYSTEM_ROLE)) {
                organisationAdministrator |= isAdministrator(role.substring(role.indexOf('#') + 1));
            } else if (role.startsWith(URN_INSTITUTION) || role.startsWith(URN_SYSTEM)) {
                organisationAdministrator |= isAdministrator(role.substring(role.lastIndexOf('/') + 1));
            } else if (role.startsWith(CONTEXT_ROLE)) {
                add(course, PRINCIPAL.get(key(role.substring(CONTEXT_ROLE.length()))));
            } else if (role.startsWith(CONTEXT_SUB_ROLE)) {
                // .../membership/Instructor#TeachingAssistant: the sub-role refines its principal role.
                String rest = role.substring(CONTEXT_SUB_ROLE.length());
                int hash = rest.indexOf('#');
                if (hash > 0) {
                    add(course, subRole(key(rest.substring(0, hash)), key(rest.substring(hash + 1))));
                }
            } else if (role.startsWith(URN_CONTEXT)) {
                // urn:lti:role:ims/lis/Instructor or .../Instructor/TeachingAssistant
                String[] parts = role.substring(URN_CONTEXT.length()).split("/");
                add(course, parts.length == 1 ? PRINCIPAL.get(key(parts[0])) : subRole(key(parts[0]), key(parts[1])));
            } else if (!role.contains(":") && !role.contains("/")) {
                add(course, PRINCIPAL.get(key(role)));
            }
        }
        return new RoleSet(course, organisationAdministrator, testUser);
    }

    private static CourseRole subRole(String principal, String sub) {
        if ("teachingassistant".equals(sub) || sub.startsWith("teachingassistant") || "grader".equals(sub)) {
            return "instructor".equals(principal) ? CourseRole.TEACHING_ASSISTANT : PRINCIPAL.get(principal);
        }
        return PRINCIPAL.get(principal);
    }

    private static boolean isAdministrator(String name) {
        String key = key(name);
        return key.equals("administrator") || key.equals("sysadmin");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static void add(EnumSet<CourseRole> roles, CourseRole role) {
        if (role != null) {
            roles.add(role);
        }
    }
}
