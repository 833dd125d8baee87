package org.thirdspace.http.session;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.time.Instant;

/**
 * Reads the session token from {@code Authorization: Bearer} — how the page sends it — or, for
 * safe methods only, from the partitioned session cookie. Changes are never authorised by the
 * cookie alone: a {@code SameSite=None} cookie rides along on cross-site requests (CSRF). A valid
 * token that was revoked (sign-out, renewal, an admin's end of sessions) signs nobody in.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {

    public static final String COOKIE = "ts_session";

    @Inject
    SessionTokens tokens;

    @Inject
    CurrentSession current;

    @Inject
    SessionRevocations revocations;

    @Override
    public void filter(ContainerRequestContext request) {
        String token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            Cookie cookie = request.getCookies().get(COOKIE);
            token = cookie == null ? null : cookie.getValue();
        }
        if (SessionTokens.looksLikeSessionToken(token)) {
            Instant now = Instant.now();
            tokens.verify(token, now).filter(session -> revocations.allows(session, now)).ifPresent(current::set);
        }
    }

    public static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    public static String cookieHeader(String token, long maxAgeSeconds) {
        return COOKIE + "=" + token + "; Max-Age=" + maxAgeSeconds + "; Path=/; Secure; HttpOnly; SameSite=None; Partitioned";
    }

    /** Tells the browser to drop the session cookie (after sign-out). */
    public static String expiredCookieHeader() {
        return COOKIE + "=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=None; Partitioned";
    }
}
