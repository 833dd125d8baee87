package org.thirdspace.emulator;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.http.page.ErrorPage;
import org.thirdspace.http.page.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulated LMS's OIDC authorization endpoint (1EdTech Security Framework §5.1.1.2–5.1.1.3):
 * it checks the tool's authentication request like a platform must — client, redirect URI, response
 * type and mode, the login hint it issued — and answers with a signed id_token, form-posted to the
 * tool's redirect URI.
 */
@ApplicationScoped
@Path("emulator/auth")
@Tag(name = "LMS emulator (development)")
public class EmulatorAuthorization {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    @Inject
    EmulatorDirectory directory;

    @Inject
    EmulatorPlatform platform;

    @Inject
    EmulatorGradebook gradebook;

    @Inject
    EmulatorDeepLinking deepLinking;

    @Inject
    EmulatorLti11 lti11;

    @Inject
    EmulatorSecondSite secondSite;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "OIDC authorization endpoint of the emulated LMS")
    public Response authorize(@QueryParam("scope") String scope, @QueryParam("response_type") String responseType,
                              @QueryParam("response_mode") String responseMode, @QueryParam("prompt") String prompt,
                              @QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
                              @QueryParam("login_hint") String loginHint, @QueryParam("lti_message_hint") String messageHint,
                              @QueryParam("state") String state, @QueryParam("nonce") String nonce) {
        if (!"openid".equals(scope) || !"id_token".equals(responseType) || !"form_post".equals(responseMode)
                || !"none".equals(prompt)) {
            return refuse("The authentication request must use scope=openid, response_type=id_token, "
                    + "response_mode=form_post and prompt=none.");
        }
        if (nonce == null || nonce.isEmpty() || state == null || state.isEmpty()) {
            return refuse("The authentication request has no nonce or state.");
        }
        Map<String, Object> launch = platform.readMessageHint(messageHint == null ? "" : messageHint).orElse(null);
        if (launch == null || !String.valueOf(launch.get("person")).equals(loginHint)) {
            return refuse("The login hint does not match a launch this LMS started, or it expired.");
        }
        // Each site knows only the client it registered, and that client's redirect URI.
        Site site = "second".equals(launch.get("site")) ? secondSite.tool()
                .map(tool -> new Site(secondSite.issuer(), tool.clientId(), tool.redirectUri(), EmulatorSecondSite.DEPLOYMENT_ID))
                .orElse(null)
                : new Site(platform.issuer(), EmulatorPlatform.CLIENT_ID, platform.toolLaunchUrl(), EmulatorPlatform.DEPLOYMENT_ID);
        if (site == null || !site.clientId().equals(clientId) || !site.redirectUri().equals(redirectUri)) {
            return refuse("Unknown client or a redirect URI that is not registered.");
        }
        String courseId = String.valueOf(launch.get("course"));
        EmulatedPerson person = directory.person(loginHint).orElse(null);
        List<String> courseRoles = directory.roles(courseId, loginHint).orElse(null);
        EmulatedCourse course = directory.course(courseId).orElse(null);
        if (person == null || courseRoles == null || course == null) {
            return refuse("That person is not enrolled in that course.");
        }
        String idToken = platform.sign(claims(site, person, course, courseRoles, launch, nonce));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", state);
        return Response.ok(AutoPost.page(redirectUri, fields), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    /** The platform a launch comes from: the emulator's first site, or the second one that registered by Dynamic Registration. */
    private record Site(String issuer, String clientId, String redirectUri, String deploymentId) {
    }

    private JWTClaimsSet claims(Site site, EmulatedPerson person, EmulatedCourse course, List<String> courseRoles,
                                Map<String, Object> launch, String nonce) {
        List<String> roles = new ArrayList<>(courseRoles);
        roles.addAll(person.institutionRoles());
        boolean deepLinks = "deep-linking".equals(launch.get("message"));
        Date expires = Date.from(Instant.ofEpochSecond(EmulatorPlatform.in(300).toInstant().getEpochSecond()));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(site.issuer())
                .audience(site.clientId())
                .subject(EmulatorDirectory.subject(person.id()))
                .issueTime(new Date())
                .expirationTime(expires)
                .claim("nonce", nonce)
                .claim("name", person.name())
                .claim("given_name", person.givenName())
                .claim("family_name", person.familyName())
                .claim("email", person.email())
                .claim("locale", person.locale())
                .claim(LTI + "message_type", deepLinks ? "LtiDeepLinkingRequest" : "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", site.deploymentId())
                .claim(LTI + "target_link_uri", platform.toolLaunchUrl())
                .claim(LTI + "roles", roles)
                .claim(LTI + "context", Map.of("id", course.id(), "label", course.label(), "title", course.title(),
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LTI + "tool_platform", Map.of("guid", "northwind-lms", "name", "Northwind LMS (emulator)",
                        "product_family_code", "thirdspace-emulator", "version", "1"))
                .claim(LTI + "launch_presentation", Map.of("document_target", String.valueOf(launch.get("presentation")),
                        "locale", person.locale(), "return_url", platform.issuer() + "/courses/" + course.id() + "/as/" + person.id()));
        // Once the LMS has an LTI 1.1 key, it tells the tool who each person was in LTI 1.1 (migration claim).
        lti11.migrationClaim(person.id(), platform.issuer(), expires.toInstant().getEpochSecond(), nonce)
                .ifPresent(claim -> claims.claim(LTI + "lti1p1", claim));
        // OIDC Core §5.1 standard claim, sent by LMSs that keep profile pictures.
        if (directory.hasPicture(person.id())) {
            claims.claim("picture", platform.pictureUrl(person.id()));
        }
        // LTI Advantage services of the course: its roster (NRPS 2.0 §3.6.1) and its groups (Course Groups 1.0).
        claims.claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                "context_memberships_url", platform.membershipsUrl(course.id()), "service_versions", List.of("2.0")));
        claims.claim("https://purl.imsglobal.org/spec/lti-gs/claim/groupsservice", Map.of(
                "context_groups_url", platform.groupsUrl(course.id()), "context_group_sets_url", platform.groupSetsUrl(course.id()),
                "scope", List.of(EmulatorServiceTokens.GROUPS_SCOPE), "service_versions", List.of("1.0")));
        if (deepLinks) {
            claims.claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                    deepLinking.settings(course.id(), person.id()));
        } else {
            EmulatedLink link = directory.link(course.id(), String.valueOf(launch.get("link"))).orElseThrow();
            claims.claim(LTI + "resource_link", Map.of("id", link.id(), "title", link.title()));
            // The link's own parameters, and those the LMS substitutes for the person and the course
            // (their work profile; course_end once the run ended).
            Map<String, String> custom = new LinkedHashMap<>(link.custom());
            custom.putAll(directory.memberCustom(course.id(), person.id()));
            claims.claim(LTI + "custom", custom);
            // Assignment and Grade Services 2.0 §3.1: the course's line items, with the scopes it offers.
            claims.claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                    "scope", gradebook.scopes(course.id()), "lineitems", platform.lineItemsUrl(course.id())));
        }
        return claims.build();
    }

    private static Response refuse(String why) {
        Messages messages = Messages.forLocale(null);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.render(messages, "The LMS emulator refused the sign-in", why, "emulator", null)).build();
    }
}
