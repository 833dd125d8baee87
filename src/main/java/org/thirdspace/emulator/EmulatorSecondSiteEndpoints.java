package org.thirdspace.emulator;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.http.page.PageTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The second site's HTTP side: its OpenID configuration and registration endpoint, which the tool
 * calls, and the admin page where someone starts the registration — the tool's registration URL in
 * a frame, as an LMS opens it, closed when the tool says {@code org.imsglobal.lti.close}.
 */
@ApplicationScoped
@Path("emulator/second-site")
@Tag(name = "LMS emulator (development)")
public class EmulatorSecondSiteEndpoints {

    @Inject
    EmulatorSecondSite site;

    @Inject
    EmulatorPlatform platform;

    @GET
    @Path(".well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID configuration of the emulator's second site (LTI Dynamic Registration)")
    public String configuration() {
        return site.configuration();
    }

    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registration endpoint of the emulator's second site")
    public Response register(@HeaderParam("Authorization") String authorization, String body) {
        try {
            return Response.status(201).entity(JSONObjectUtils.toJSONString(site.register(authorization, body))).build();
        } catch (EmulatorSecondSite.Refusal refusal) {
            return Response.status(refusal.status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(JSONObjectUtils.toJSONString(Map.of("error", refusal.error, "error_description", refusal.getMessage())))
                    .build();
        }
    }

    @GET
    @Path("register")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Register Thirdspace with the emulator's second site (opens the tool's registration URL)")
    public String registrationPage() {
        String src = platform.toolRegistrationUrl() + "?openid_configuration=" + url(site.configurationUrl())
                + "&registration_token=" + url(site.newRegistrationToken());
        return PageTemplate.named("emulator-registration").render(Map.of(
                "site", EmulatorSecondSite.NAME,
                "frameSrc", src,
                "toolOrigin", origin(platform.toolLoginUrl())));
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
