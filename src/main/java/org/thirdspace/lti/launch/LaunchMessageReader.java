package org.thirdspace.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.lti.LtiRejection;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the LTI claims of a verified id_token (LTI Core 1.3 §5.3 required claims, §5.4 optional
 * ones) and refuses messages that lack what the spec requires: {@code message_type} of a kind the
 * tool handles, {@code version} 1.3.0, a non-empty {@code deployment_id} of at most 255 characters,
 * {@code roles} (an array, possibly empty), {@code target_link_uri} and {@code resource_link.id} for
 * resource link launches and {@code deep_linking_settings} for deep linking.
 */
public final class LaunchMessageReader {

    /** The longest return URL the tool keeps (the column's size). */
    static final int MAX_URL = 2048;
    /** The longest {@code data} the tool keeps to echo; platforms send an opaque token far shorter. */
    static final int MAX_DATA = 8192;

    private LaunchMessageReader() {
    }

    public static LtiLaunch read(JWTClaimsSet claims, UUID registrationId, String clientId) {
        try {
            String messageType = claims.getStringClaim(LtiClaims.MESSAGE_TYPE);
            if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType) && !LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
                throw bad("unsupported message_type " + messageType);
            }
            if (!LtiClaims.LTI_VERSION.equals(claims.getStringClaim(LtiClaims.VERSION))) {
                throw bad("version " + claims.getClaim(LtiClaims.VERSION) + " is not 1.3.0");
            }
            String deploymentId = claims.getStringClaim(LtiClaims.DEPLOYMENT_ID);
            if (deploymentId == null || deploymentId.isEmpty() || deploymentId.length() > 255) {
                throw bad("deployment_id missing, empty or longer than 255 characters");
            }
            String targetLinkUri = claims.getStringClaim(LtiClaims.TARGET_LINK_URI);
            // Required of resource link launches (LTI Core 1.3 §5.3.3); Deep Linking 2.0 §4.4 does not list it
            // among a deep linking request's claims, and the certification suite's request carries none.
            boolean deepLinkingRequest = LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
            if ((targetLinkUri == null || targetLinkUri.isEmpty()) && !deepLinkingRequest) {
                throw bad("target_link_uri missing");
            }
            if (!(claims.getClaim(LtiClaims.ROLES) instanceof List<?>)) {
                throw bad("roles missing or not an array");
            }
            List<String> roles = claims.getStringListClaim(LtiClaims.ROLES);
            String subject = claims.getSubject();
            if (subject == null || subject.isEmpty() || subject.length() > 255) {
                throw new LtiRejection(400, "lti.launch.anonymous", "launch without a usable sub (anonymous launch)");
            }
            LtiLaunch.Link link = link(claims, messageType);
            LtiLaunch.DeepLinkingSettings deepLinking = deepLinking(claims, messageType);
            return new LtiLaunch(registrationId, claims.getIssuer(), clientId, deploymentId, messageType, subject,
                    profile(claims), RoleVocabulary.normalise(roles), List.copyOf(roles), context(claims), link,
                    targetLinkUri, presentation(claims), custom(claims), services(claims), deepLinking,
                    platform(claims), claims.getExpirationTime().toInstant());
        } catch (ParseException | ClassCastException e) {
            throw bad("a claim has the wrong type: " + e.getMessage());
        }
    }

    private static LtiRejection bad(String reason) {
        return new LtiRejection(400, "lti.launch.bad-message", reason);
    }

    private static LtiLaunch.Link link(JWTClaimsSet claims, String messageType) throws ParseException {
        Map<String, Object> link = claims.getJSONObjectClaim(LtiClaims.RESOURCE_LINK);
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            if (link == null || !(link.get("id") instanceof String id) || id.isEmpty() || id.length() > 255) {
                throw bad("LtiResourceLinkRequest without resource_link.id");
            }
        }
        if (link == null) {
            return null;
        }
        return new LtiLaunch.Link(text(link, "id", 255), text(link, "title", 500), text(link, "description", 2000));
    }

    private static LtiLaunch.DeepLinkingSettings deepLinking(JWTClaimsSet claims, String messageType) throws ParseException {
        Map<String, Object> settings = claims.getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS);
        if (!LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
            return null;
        }
        if (settings == null || !(settings.get("deep_link_return_url") instanceof String returnUrl) || returnUrl.isEmpty()) {
            throw bad("LtiDeepLinkingRequest without deep_linking_settings.deep_link_return_url");
        }
        if (returnUrl.length() > MAX_URL || !isWebUrl(returnUrl)) {
            // The response is auto-posted there: anything but an absolute web URL (javascript:,
            // data:, a relative path) would be a way to run script in the tool's page.
            throw bad("deep_link_return_url is not an absolute http(s) URL");
        }
        if (settings.get("data") instanceof String data && data.length() > MAX_DATA) {
            throw bad("deep_linking_settings.data is longer than " + MAX_DATA + " characters");
        }
        if (!(settings.get("accept_types") instanceof List<?>) || !(settings.get("accept_presentation_document_targets") instanceof List<?>)) {
            throw bad("deep_linking_settings without accept_types or accept_presentation_document_targets");
        }
        return new LtiLaunch.DeepLinkingSettings(returnUrl, strings(settings.get("accept_types")),
                strings(settings.get("accept_presentation_document_targets")), mediaTypes(settings.get("accept_media_types")),
                flag(settings, "accept_multiple"), flag(settings, "accept_lineitem"), flag(settings, "auto_create"),
                text(settings, "title", 500), text(settings, "text", 2000),
                settings.get("data") instanceof String data ? data : null);
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<String> mediaTypes(Object value) {
        // A comma-separated string in the spec; some platforms send an array.
        if (value instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        return strings(value);
    }

    private static boolean flag(Map<String, Object> map, String name) {
        Object value = map.get(name);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private static LtiLaunch.Context context(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> context = claims.getJSONObjectClaim(LtiClaims.CONTEXT);
        if (context == null) {
            return null;
        }
        if (!(context.get("id") instanceof String id) || id.isEmpty() || id.length() > 255) {
            throw bad("context without a usable id");
        }
        return new LtiLaunch.Context(id, text(context, "label", 255), text(context, "title", 500), strings(context.get("type")));
    }

    private static LtiLaunch.Presentation presentation(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> p = claims.getJSONObjectClaim(LtiClaims.LAUNCH_PRESENTATION);
        if (p == null) {
            return LtiLaunch.Presentation.NONE;
        }
        return new LtiLaunch.Presentation(text(p, "document_target", 20), text(p, "return_url", 2048),
                text(p, "locale", 35), number(p.get("width")), number(p.get("height")));
    }

    private static LtiLaunch.Services services(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> nrps = claims.getJSONObjectClaim(LtiClaims.NAMES_ROLES_SERVICE);
        Map<String, Object> ags = claims.getJSONObjectClaim(LtiClaims.GRADE_SERVICE);
        Map<String, Object> groups = claims.getJSONObjectClaim(LtiClaims.GROUPS_SERVICE);
        return new LtiLaunch.Services(
                nrps == null ? null : text(nrps, "context_memberships_url", 2048),
                nrps == null ? List.of() : strings(nrps.get("service_versions")),
                ags == null ? null : text(ags, "lineitems", 2048),
                ags == null ? null : text(ags, "lineitem", 2048),
                ags == null ? List.of() : strings(ags.get("scope")),
                groups == null ? null : text(groups, "context_groups_url", 2048),
                groups == null ? null : text(groups, "context_group_sets_url", 2048));
    }

    private static LtiLaunch.Platform platform(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> platform = claims.getJSONObjectClaim(LtiClaims.TOOL_PLATFORM);
        if (platform == null) {
            return LtiLaunch.Platform.UNKNOWN;
        }
        return new LtiLaunch.Platform(text(platform, "guid", 255), text(platform, "name", 255),
                text(platform, "product_family_code", 100), text(platform, "version", 100));
    }

    private static Map<String, String> custom(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> custom = claims.getJSONObjectClaim(LtiClaims.CUSTOM);
        if (custom == null) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        custom.forEach((key, value) -> {
            if (value != null && key.length() <= 255) {
                String text = value.toString();
                values.put(key, text.length() > 4096 ? text.substring(0, 4096) : text);
            }
        });
        return Map.copyOf(values);
    }

    private static PersonProfile profile(JWTClaimsSet claims) throws ParseException {
        return new PersonProfile(limit(claims.getStringClaim("name"), 300), limit(claims.getStringClaim("given_name"), 200),
                limit(claims.getStringClaim("family_name"), 200), limit(claims.getStringClaim("email"), 320),
                limit(claims.getStringClaim("picture"), 2048), limit(claims.getStringClaim("locale"), 35));
    }

    private static String text(Map<String, Object> map, String name, int max) {
        Object value = map.get(name);
        return value instanceof String s ? limit(s, max) : null;
    }

    private static String limit(String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static Integer number(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof String s) {
                strings.add(s);
            }
        }
        return List.copyOf(strings);
    }
}
