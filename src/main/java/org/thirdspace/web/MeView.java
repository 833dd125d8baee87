package org.thirdspace.web;

import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who the signed-in person is, as the page shows it: name, picture (the LMS's {@code picture} claim,
 * when it sends one), organisation, course, roles and locale.
 * The launch response carries it in the page itself (see {@link PageBootstrap}), so the first
 * screen needs no second request; {@code GET /api/me} returns the same for a reloaded page.
 */
public record MeView(Named person, String picture, Named organisation, Named course, List<String> roles,
                     boolean organisationAdministrator, String locale) {

    public record Named(UUID id, String name) {
    }

    public static MeView of(UUID personId, String personName, String picture, UUID organisationId, String organisationName,
                            UUID courseId, String courseName, RoleSet roles, String locale) {
        List<String> names = new ArrayList<>(roles.courseRoles().stream().map(CourseRole::name).sorted().toList());
        if (roles.organisationAdministrator()) {
            names.add("ORG_ADMIN");
        }
        return new MeView(new Named(personId, personName), picture, new Named(organisationId, organisationName),
                courseId == null ? null : new Named(courseId, courseName), names, roles.organisationAdministrator(), locale);
    }
}
