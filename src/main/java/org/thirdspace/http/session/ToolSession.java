package org.thirdspace.http.session;

import org.thirdspace.community.course.RoleSet;

import java.time.Instant;
import java.util.UUID;

/**
 * Who is using the tool after a launch: the person, their organisation, the course and link they
 * came from with the roles of that launch, and the locale the LMS asked for. It lives in a signed
 * token the page holds (never in a URL), so it works without third-party cookies.
 */
public record ToolSession(String sessionId, UUID organisationId, UUID personId, UUID courseId, UUID linkId,
                          RoleSet roles, String locale, Instant launchedAt, Instant expiresAt) {

    public boolean isOrganisationAdministrator() {
        return roles.organisationAdministrator();
    }

    public ToolSession renewedUntil(Instant newExpiry) {
        return new ToolSession(sessionId, organisationId, personId, courseId, linkId, roles, locale, launchedAt, newExpiry);
    }
}
