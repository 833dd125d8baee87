package org.thirdspace.lti.lti11;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.lti.LtiRejection;
import org.thirdspace.lti.launch.LaunchAcceptance;
import org.thirdspace.lti.launch.LaunchLanding;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The LTI 1.1 launch URL: the platform's OAuth 1.0a signed form POST (IMS LTI 1.1 Implementation
 * Guide §4). A verified launch lands exactly like an LTI 1.3 one ({@link LaunchLanding}); a refused
 * one gets the same explanation page (LtiRejectionMapper).
 */
@ApplicationScoped
@Path(Lti11LaunchResource.PATH)
public class Lti11LaunchResource {

    public static final String PATH = "lti11/launch";
    private static final int LAUNCH_ATTEMPTS = 3;

    @Inject
    Lti11LaunchAcceptance acceptance;

    @Inject
    LaunchLanding landing;

    @Inject
    ToolSettings settings;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "LTI 1.1 launch (OAuth 1.0a HMAC-SHA1 signed form POST)")
    public Response launch(MultivaluedMap<String, String> form, @Context UriInfo uri) {
        Instant now = Instant.now();
        Map<String, String> parameters = single(form);
        // The platform signed the URL it posted to, query included (OAuth 1.0a §9.1.2): the public
        // base URL, which is what it sees when the tool runs behind a proxy.
        String query = uri.getRequestUri().getRawQuery();
        String launchUrl = settings.url("/" + PATH) + (query == null || query.isEmpty() ? "" : "?" + query);
        return landing.answer(accept(parameters, launchUrl, now), now).build();
    }

    /** LTI 1.1 sends each parameter once; a repeated one would make the signed message ambiguous. */
    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (form == null) {
            return parameters;
        }
        for (Map.Entry<String, List<String>> entry : form.entrySet()) {
            if (entry.getValue().size() != 1) {
                throw new LtiRejection(400, "lti.launch.bad-message", "parameter " + entry.getKey() + " sent "
                        + entry.getValue().size() + " times");
            }
            parameters.put(entry.getKey(), entry.getValue().get(0));
        }
        return parameters;
    }

    /** Two first launches of the same person or course: the loser of the insert race is retried (see LaunchResource). */
    private LaunchAcceptance.Accepted accept(Map<String, String> parameters, String launchUrl, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return acceptance.accept(parameters, launchUrl, now);
            } catch (PersistenceException | TransactionalException e) {
                if (attempt >= LAUNCH_ATTEMPTS || !DatabaseFailures.isUniqueKeyRace(e)) {
                    throw e;
                }
            }
        }
    }
}
