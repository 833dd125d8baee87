package org.thirdspace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.http.session.CurrentSession;
import org.thirdspace.http.session.NotSignedIn;
import org.thirdspace.http.session.SessionFilter;
import org.thirdspace.http.session.SessionRevocations;
import org.thirdspace.http.session.SessionTokens;
import org.thirdspace.http.session.ToolSession;

import java.time.Instant;

@ApplicationScoped
@Path("api/session")
public class SessionResource {

    @Inject
    CurrentSession current;

    @Inject
    SessionTokens tokens;

    @Inject
    ToolSettings settings;

    @Inject
    SessionRevocations revocations;

    public record Renewed(String token, Instant expiresAt) {
    }

    /**
     * A fresh token for a page in use; never past the maximum session age after the launch. The
     * token it replaces stops working (on every node, see {@link SessionRevocations}).
     */
    @POST
    @Path("renew")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renew the session token (sent as Authorization header)")
    public Response renew() {
        ToolSession session = current.require();
        Instant now = Instant.now();
        Instant limit = session.launchedAt().plus(settings.sessionMaxAge());
        if (!now.isBefore(limit)) {
            throw new NotSignedIn();
        }
        Instant expiry = now.plus(settings.sessionLifetime());
        ToolSession renewed = session.renewedAt(now, expiry.isAfter(limit) ? limit : expiry);
        revocations.renewed(renewed, now);
        String token = tokens.issue(renewed);
        return Response.ok(new Renewed(token, renewed.expiresAt()))
                .header("Set-Cookie", SessionFilter.cookieHeader(token, settings.sessionLifetime().toSeconds()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Sign-out: the session's tokens stop working at once, here and on every node, and the cookie goes. */
    @POST
    @Path("sign-out")
    @Operation(summary = "Sign out: end this session (every token of it) at once")
    public Response signOut() {
        revocations.signOut(current.require(), Instant.now());
        return Response.noContent().header("Set-Cookie", SessionFilter.expiredCookieHeader()).header("Cache-Control", "no-store").build();
    }
}
