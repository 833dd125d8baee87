package org.thirdspace.community.course;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The normalised roles of one person in one launch: the course roles, and whether the platform
 * says the person administers the organisation (an institution or system role, which gives no
 * rights inside a course by itself).
 */
public record RoleSet(Set<CourseRole> courseRoles, boolean organisationAdministrator, boolean testUser) {

    public static final RoleSet NONE = new RoleSet(EnumSet.noneOf(CourseRole.class), false, false);

    public RoleSet {
        courseRoles = courseRoles.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(CourseRole.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(courseRoles));
    }

    public boolean has(CourseRole role) {
        return courseRoles.contains(role);
    }

    public boolean teaches() {
        return courseRoles.stream().anyMatch(CourseRole::teaches);
    }

    /**
     * Shapes the course's content: instructors, content developers and course administrators.
     * Teaching assistants and learners do not, and an organisation administrator needs one of
     * these course roles too (LTI.md negative test 22).
     */
    public boolean designsCourse() {
        return has(CourseRole.INSTRUCTOR) || has(CourseRole.CONTENT_DEVELOPER) || has(CourseRole.COURSE_ADMINISTRATOR);
    }

    /** The stored form: comma-separated enum names, organisation flags prefixed with {@code +}. */
    public String encode() {
        String roles = courseRoles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        if (organisationAdministrator) {
            roles = roles.isEmpty() ? "+ORG_ADMIN" : roles + ",+ORG_ADMIN";
        }
        if (testUser) {
            roles = roles.isEmpty() ? "+TEST_USER" : roles + ",+TEST_USER";
        }
        return roles;
    }

    public static RoleSet decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return NONE;
        }
        EnumSet<CourseRole> roles = EnumSet.noneOf(CourseRole.class);
        boolean admin = false;
        boolean test = false;
        for (String part : Arrays.asList(encoded.split(","))) {
            switch (part) {
                case "+ORG_ADMIN" -> admin = true;
                case "+TEST_USER" -> test = true;
                default -> roles.add(CourseRole.valueOf(part));
            }
        }
        return new RoleSet(roles, admin, test);
    }
}
