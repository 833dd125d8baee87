package org.thirdspace.emulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.owasp.encoder.Encode;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.http.page.PageTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulated LMS's side of Deep Linking 2.0: the {@code deep_linking_settings} it sends a
 * designer's launch, and its return URL, which checks the tool's LtiDeepLinkingResponse the way a
 * platform must — RS256 by a key the tool publishes under the {@code kid} it names, {@code iss} the
 * client id, {@code aud} this LMS, a fresh nonce, this deployment, the request's {@code data}
 * unchanged and used once — and then puts the links on the course page.
 */
@ApplicationScoped
@Path("emulator/deep-linking")
@Tag(name = "LMS emulator (development)")
public class EmulatorDeepLinking {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final Duration SKEW = Duration.ofSeconds(60);
    /** How long a designer may take in the tool's dialog before the LMS no longer takes the answer. */
    private static final Duration DESIGNER_TIME = Duration.ofHours(1);

    @Inject
    EmulatorPlatform platform;

    @Inject
    EmulatorDirectory directory;

    @Inject
    EmulatorToolKeys toolKeys;

    @Inject
    ToolSettings settings;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> usedData = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedNonces = new ConcurrentHashMap<>();

    /** What this LMS accepts from a designer's "add content" dialog (Deep Linking 2.0 §4.4.1). */
    Map<String, Object> settings(String courseId, String personId) {
        byte[] request = new byte[12];
        random.nextBytes(request);
        Map<String, Object> dl = new LinkedHashMap<>();
        dl.put("deep_link_return_url", settings.url("/emulator/deep-linking/return"));
        dl.put("accept_types", List.of("ltiResourceLink"));
        dl.put("accept_presentation_document_targets", List.of("iframe", "window"));
        dl.put("accept_multiple", true);
        dl.put("auto_create", true);
        // Opaque to the tool; it must come back unchanged. Signed, so it also says where to place the links.
        dl.put("data", platform.messageHint(Map.of("course", courseId, "person", personId,
                "request", Base64.getUrlEncoder().withoutPadding().encodeToString(request)), DESIGNER_TIME.toSeconds()));
        return dl;
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Deep-linking return URL of the emulated LMS: checks the tool's response and adds the links")
    public Response receive(@FormParam("JWT") String jwt) {
        Placement placement;
        try {
            placement = verify(jwt);
        } catch (Refused e) {
            return page(400, "The LMS refused the content", "<p>" + Encode.forHtml(e.getMessage()) + "</p>", "/emulator");
        }
        List<EmulatedLink> added = new ArrayList<>();
        for (Map<String, Object> item : placement.items()) {
            if (!"ltiResourceLink".equals(item.get("type"))) {
                continue;
            }
            EmulatedLink link = new EmulatedLink("dl-" + Long.toHexString(random.nextLong()), text(item.get("title"), "Thirdspace"),
                    item.get("text") instanceof String t ? t : null, custom(item.get("custom")));
            directory.addLink(placement.courseId(), link);
            added.add(link);
        }
        StringBuilder details = new StringBuilder();
        details.append("<p>The response was signed with the tool's key <code>").append(Encode.forHtml(placement.kid()))
                .append("</code>, published at its JWKS URL.</p>");
        if (placement.error() != null) {
            details.append("<p role=\"alert\">The tool says: ").append(Encode.forHtml(placement.error())).append("</p>");
        }
        if (placement.message() != null) {
            details.append("<p>").append(Encode.forHtml(placement.message())).append("</p>");
        }
        details.append("<ul class=\"emu-added\">");
        for (EmulatedLink link : added) {
            details.append("<li>").append(Encode.forHtml(link.title())).append("</li>");
        }
        details.append("</ul>");
        String heading = added.isEmpty() ? "Nothing was added" : added.size() == 1 ? "1 link added to the course" : added.size() + " links added to the course";
        return page(200, heading, details.toString(), "/emulator/courses/" + url(placement.courseId()) + "/as/" + url(placement.personId())
                + (added.isEmpty() ? "" : "?link=" + url(added.get(0).id())));
    }

    private record Placement(String courseId, String personId, String kid, List<Map<String, Object>> items, String message,
                             String error) {
    }

    private static final class Refused extends Exception {
        Refused(String why) {
            super(why);
        }
    }

    @SuppressWarnings("unchecked")
    private Placement verify(String jwt) throws Refused {
        if (jwt == null || jwt.isEmpty()) {
            throw new Refused("No JWT form field was posted.");
        }
        SignedJWT signed;
        JWTClaimsSet claims;
        try {
            signed = SignedJWT.parse(jwt);
            claims = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Refused("The JWT field is not a signed JWT.");
        }
        String kid = signed.getHeader().getKeyID();
        if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm()) || kid == null) {
            throw new Refused("The response must be signed with RS256 and name its key (kid).");
        }
        RSAKey key = toolKeys.byKid(kid).orElseThrow(() -> new Refused("The tool publishes no key with kid " + kid + "."));
        try {
            if (!signed.verify(new RSASSAVerifier(key))) {
                throw new Refused("The signature does not verify with the tool's published key.");
            }
        } catch (JOSEException e) {
            throw new Refused("The signature does not verify with the tool's published key.");
        }
        Instant now = Instant.now();
        try {
            if (!EmulatorPlatform.CLIENT_ID.equals(claims.getIssuer())) {
                throw new Refused("iss must be the tool's client id.");
            }
            if (claims.getAudience() == null || !claims.getAudience().contains(platform.issuer())) {
                throw new Refused("aud must be this LMS's issuer.");
            }
            if (claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().isBefore(now.minus(SKEW))
                    || claims.getIssueTime() == null || claims.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
                throw new Refused("The response has expired or comes from the future.");
            }
            if (!"LtiDeepLinkingResponse".equals(claims.getStringClaim(LTI + "message_type"))
                    || !"1.3.0".equals(claims.getStringClaim(LTI + "version"))) {
                throw new Refused("message_type must be LtiDeepLinkingResponse, version 1.3.0.");
            }
            if (!EmulatorPlatform.DEPLOYMENT_ID.equals(claims.getStringClaim(LTI + "deployment_id"))) {
                throw new Refused("deployment_id is not this LMS's deployment of the tool.");
            }
            String nonce = claims.getStringClaim("nonce");
            usedNonces.values().removeIf(seen -> seen.isBefore(now.minus(Duration.ofHours(1))));
            if (nonce == null || usedNonces.putIfAbsent(nonce, now) != null) {
                throw new Refused("The nonce is missing or was used before.");
            }
            String data = claims.getStringClaim(DL + "data");
            Map<String, Object> request = data == null ? null : platform.readMessageHint(data).orElse(null);
            usedData.values().removeIf(seen -> seen.isBefore(now.minus(Duration.ofHours(1))));
            if (request == null || usedData.putIfAbsent(data, now) != null) {
                throw new Refused("data is not what this LMS sent with a deep-linking request, or was answered before.");
            }
            Object items = claims.getClaim(DL + "content_items");
            List<Map<String, Object>> contentItems = new ArrayList<>();
            if (items instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> map) {
                        contentItems.add((Map<String, Object>) map);
                    }
                }
            }
            return new Placement(String.valueOf(request.get("course")), String.valueOf(request.get("person")), kid, contentItems,
                    claims.getStringClaim(DL + "msg"), claims.getStringClaim(DL + "errormsg"));
        } catch (ParseException e) {
            throw new Refused("A claim of the response has the wrong type.");
        }
    }

    private static Map<String, String> custom(Object value) {
        Map<String, String> custom = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> custom.put(String.valueOf(k), String.valueOf(v)));
        }
        return Map.copyOf(custom);
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String s && !s.isBlank() ? s : otherwise;
    }

    private static Response page(int status, String heading, String details, String back) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(PageTemplate.named("emulator-deep-linking").render(Map.of("heading", heading, "details", details, "back", back)))
                .build();
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
