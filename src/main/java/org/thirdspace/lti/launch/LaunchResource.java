package org.thirdspace.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.http.FramingRegistration;
import org.thirdspace.http.page.PageTemplate;
import org.thirdspace.lti.oidc.BrowserBinding;

import java.time.Instant;
import java.util.Map;

/**
 * The tool's redirect URI: the platform's form POST of {@code id_token} and {@code state}. A
 * verified launch records the person and course (through the application's use cases, see
 * {@link LaunchAcceptance}) and answers with the tool's page ({@link LandingPage}, rendered by the
 * learner UI), which holds the new session token in its body (never in a URL) and sends it as a
 * header from then on.
 */
@ApplicationScoped
@Path("lti/launch")
public class LaunchResource {

    /** Attempts of a launch that keeps losing unique-key races (against other launches or a roster page). */
    static final int LAUNCH_ATTEMPTS = 3;

    @Inject
    LaunchAcceptance acceptance;

    @Inject
    LaunchLanding landing;

    @Inject
    FramingRegistration framing;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "LTI 1.3 launch (OIDC redirect URI, form_post of id_token and state)")
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state,
                           @FormParam("lti_storage_binding") String storageBinding, @Context HttpHeaders headers) {
        Instant now = Instant.now();
        String cookieBinding = null;
        if (state != null && !state.isEmpty()) {
            Cookie cookie = headers.getCookies().get(BrowserBinding.cookieName(state));
            cookieBinding = cookie == null ? null : cookie.getValue();
        }
        LaunchAcceptance.Outcome outcome = accept(idToken, state, cookieBinding, storageBinding, now);
        if (outcome instanceof LaunchAcceptance.AskPlatformStorage storage) {
            framing.serve(storage.check().login().registrationId());
            return platformStoragePage(idToken, storage.check());
        }
        return landing.answer((LaunchAcceptance.Accepted) outcome, now)
                .header("Set-Cookie", BrowserBinding.expireCookie(state))
                .build();
    }

    /**
     * Two first launches of the same person or course (or two first launches from a copied course,
     * each starting the course's run of a space), or a launch while a roster sync inserts the same
     * person: one insert lost the race on a unique key and its transaction rolled back whole (the
     * login is not consumed); another attempt finds the row.
     */
    private LaunchAcceptance.Outcome accept(String idToken, String state, String cookieBinding, String storageBinding, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return acceptance.accept(idToken, state, cookieBinding, storageBinding, now);
            } catch (PersistenceException | TransactionalException e) {
                if (attempt >= LAUNCH_ATTEMPTS || !DatabaseFailures.isUniqueKeyRace(e)) {
                    throw e;
                }
            }
        }
    }

    private static Response platformStoragePage(String idToken, LaunchCheck.NeedsPlatformStorage storage) {
        String page = PageTemplate.named("platform-storage-launch").render(Map.of(
                "target", storage.login().storageTarget(),
                "origin", storage.platformOrigin(),
                "stateKey", "state_" + storage.login().state(),
                "idToken", idToken,
                "state", storage.login().state()));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }
}
