package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import net.oauth.OAuthAccessor;
import net.oauth.OAuthConsumer;
import net.oauth.OAuthException;
import net.oauth.OAuthMessage;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.http.page.ErrorPage;
import org.thirdspace.http.page.Messages;
import org.thirdspace.lti.lti11.Lti11LaunchResource;
import org.thirdspace.lti.platform.ConsumerKeySign;
import org.thirdspace.lti.platform.Lti11Consumer;
import org.thirdspace.lti.platform.Lti11Consumers;
import org.thirdspace.lti.platform.Lti11Secrets;
import org.thirdspace.lti.platform.Registrations;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulated LMS's LTI 1.1 side, as an LMS that still has LTI 1.1 links does: it signs a basic
 * launch with the organisation's consumer key and secret (issued in the tool's admin console, as an
 * LMS admin would copy them into the LMS) with the OAuth library the IMS library uses, and, once it has a key,
 * puts the LTI 1.1 migration claim into its LTI 1.3 launches so that the same people keep their
 * history.
 */
@ApplicationScoped
@Path("emulator/launch11")
@Tag(name = "LMS emulator (development)")
public class EmulatorLti11 {

    @Inject
    EmulatorDirectory directory;

    @Inject
    EmulatorPlatform platform;

    @Inject
    Registrations registrations;

    @Inject
    Lti11Consumers consumers;

    @Inject
    Lti11Secrets secrets;

    @Inject
    ToolSettings settings;

    /** The LTI 1.1 {@code user_id} of an emulated person: not their 1.3 {@code sub}, as on LMSs that changed ids with 1.3. */
    static String userId(String personId) {
        return "nw11-" + personId;
    }

    /** The organisation's LTI 1.1 key and its secret, when the admin issued one. */
    @Transactional
    Optional<Credentials> credentials() {
        return registrations.find(platform.issuer(), EmulatorPlatform.CLIENT_ID)
                .flatMap(r -> consumers.findByOrganisation(r.id()))
                .map(c -> new Credentials(c.consumerKey(), secrets.open(c)));
    }

    record Credentials(String key, String secret) {
    }

    /** The lti1p1 claim of an LTI 1.3 launch (1EdTech LTI Migration Guide), or none without a 1.1 key. */
    Optional<Map<String, Object>> migrationClaim(String personId, String issuer, long expiresAt, String nonce) {
        return credentials().map(c -> Map.of("user_id", userId(personId), "oauth_consumer_key", c.key(),
                "oauth_consumer_key_sign", ConsumerKeySign.compute(c.secret(), c.key(), EmulatorPlatform.DEPLOYMENT_ID, issuer,
                        EmulatorPlatform.CLIENT_ID, expiresAt, nonce)));
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Launch from the emulated LMS by LTI 1.1 (OAuth 1.0a signed form POST)")
    public Response launch(@QueryParam("course") String courseId, @QueryParam("person") String personId,
                           @QueryParam("link") String linkId) {
        List<String> courseRoles = directory.roles(courseId, personId).orElseThrow(NotFoundException::new);
        EmulatedCourse course = directory.course(courseId).orElseThrow(NotFoundException::new);
        EmulatedPerson person = directory.person(personId).orElseThrow(NotFoundException::new);
        EmulatedLink link = (linkId == null ? Optional.of(course.links().get(0)) : directory.link(courseId, linkId))
                .orElseThrow(NotFoundException::new);
        Credentials credentials = credentials().orElse(null);
        if (credentials == null) {
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(ErrorPage.render(
                    Messages.forLocale(null), "This LMS has no LTI 1.1 key yet",
                    "Issue one in Thirdspace's admin console (Platforms, LTI 1.1), as an LMS admin would before adding LTI 1.1 links.",
                    "emulator", null)).build();
        }
        List<String> roles = new ArrayList<>(courseRoles);
        roles.addAll(person.institutionRoles());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("lti_message_type", "basic-lti-launch-request");
        parameters.put("lti_version", "LTI-1p0");
        parameters.put("user_id", userId(person.id()));
        parameters.put("roles", String.join(",", roles));
        parameters.put("lis_person_name_full", person.name());
        parameters.put("lis_person_name_given", person.givenName());
        parameters.put("lis_person_name_family", person.familyName());
        parameters.put("lis_person_contact_email_primary", person.email());
        parameters.put("context_id", course.id());
        parameters.put("context_label", course.label());
        parameters.put("context_title", course.title());
        parameters.put("resource_link_id", link.id());
        parameters.put("resource_link_title", link.title());
        parameters.put("launch_presentation_locale", person.locale());
        parameters.put("launch_presentation_document_target", "iframe");
        parameters.put("tool_consumer_instance_guid", "northwind-lms");
        parameters.put("tool_consumer_info_product_family_code", "thirdspace-emulator");
        link.custom().forEach((name, value) -> parameters.put("custom_" + name, String.valueOf(value)));
        String launchUrl = settings.url("/" + Lti11LaunchResource.PATH);
        return Response.ok(AutoPost.page(launchUrl, sign(parameters, launchUrl, credentials)), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Signs as the IMS library's {@code LtiOauthSigner.signParameters} does, with the net.oauth core
     * it is built on: that class also names signpost types (for signing Apache HTTP requests), which
     * the WAR leaves out, so it cannot be loaded (docs/LTI.md).
     */
    private static Map<String, String> sign(Map<String, String> parameters, String launchUrl, Credentials credentials) {
        try {
            OAuthMessage message = new OAuthMessage("POST", launchUrl, parameters.entrySet());
            message.addRequiredParameters(new OAuthAccessor(new OAuthConsumer(null, credentials.key(), credentials.secret(), null)));
            Map<String, String> signed = new LinkedHashMap<>();
            for (Map.Entry<String, String> parameter : message.getParameters()) {
                signed.put(parameter.getKey(), parameter.getValue());
            }
            return signed;
        } catch (OAuthException | IOException | URISyntaxException e) {
            throw new IllegalStateException("could not sign the LTI 1.1 launch", e);
        }
    }
}
