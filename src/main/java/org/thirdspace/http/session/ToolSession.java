package org.thirdspace.http.session;

import org.thirdspace.community.course.RoleSet;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Who is using the tool after a launch: the person, their organisation, the course and link they
 * came from with the roles of that launch, and the locale the LMS asked for. It lives in a signed
 * token the page holds (never in a URL), so it works without third-party cookies. {@code issuedAt}
 * is when this token of the session was issued (the launch, or the latest renewal): a revocation
 * refuses the tokens issued before it (see {@link SessionRevocations}).
 */
public record ToolSession(String sessionId, UUID organisationId, UUID personId, UUID courseId, UUID linkId,
                          RoleSet roles, String locale, Instant launchedAt, Instant issuedAt, Instant expiresAt) {

    /** A token carries its issue time to the millisecond: the session holds no finer time than its token. */
    public ToolSession {
        issuedAt = issuedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public boolean isOrganisationAdministrator() {
        return roles.organisationAdministrator();
    }

    /** The next token of this session, issued at {@code now} (always after this one) until {@code newExpiry}. */
    public ToolSession renewedAt(Instant now, Instant newExpiry) {
        Instant issued = now.truncatedTo(ChronoUnit.MILLIS).isAfter(issuedAt) ? now : issuedAt.plusMillis(1);
        return new ToolSession(sessionId, organisationId, personId, courseId, linkId, roles, locale, launchedAt, issued, newExpiry);
    }
}
