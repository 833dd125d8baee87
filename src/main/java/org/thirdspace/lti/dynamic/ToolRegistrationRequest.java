package org.thirdspace.lti.dynamic;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tool's client registration (LTI Dynamic Registration 1.0 §3.5.2, OpenID Connect Dynamic Client
 * Registration 1.0 §2): an LTI 1.3 web client that receives id_tokens by implicit flow and calls
 * services with a signed client assertion, plus the {@code lti-tool-configuration} claim. It asks
 * only for the service scopes the platform offers, and for deep linking only when the platform
 * sends it.
 */
public final class ToolRegistrationRequest {

    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    /** Names and roles (NRPS 2.0), course groups (Groups 1.0) and grades (AGS 2.0) — what the tool may use. */
    static final List<String> SERVICE_SCOPES = List.of(
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
            "https://purl.imsglobal.org/spec/lti-gs/scope/contextgroup.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score");

    /** The OIDC claims the tool shows: names, e-mail for notifications, picture and locale. */
    static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "email", "picture", "locale");

    private ToolRegistrationRequest() {
    }

    public static String json(URI toolBase, PlatformConfiguration platform) {
        String base = toolBase.toString();
        String launch = base + "/lti/launch";
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("application_type", "web");
        client.put("response_types", List.of("id_token"));
        client.put("grant_types", List.of("implicit", "client_credentials"));
        client.put("initiate_login_uri", base + "/lti/login");
        client.put("redirect_uris", List.of(launch));
        client.put("client_name", "Thirdspace");
        client.put("jwks_uri", base + "/.well-known/jwks.json");
        client.put("token_endpoint_auth_method", "private_key_jwt");
        client.put("scope", String.join(" ", scopes(platform.scopesSupported())));
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("domain", toolBase.getPort() == -1 ? toolBase.getHost() : toolBase.getHost() + ":" + toolBase.getPort());
        tool.put("target_link_uri", launch);
        tool.put("description", "Communities of practice that continue after the course.");
        tool.put("claims", CLAIMS);
        List<Map<String, Object>> messages = new ArrayList<>();
        messages.add(message(PlatformConfiguration.RESOURCE_LINK, launch, "Thirdspace",
                placements(platform, PlatformConfiguration.RESOURCE_LINK, List.of())));
        if (platform.supports(PlatformConfiguration.DEEP_LINKING)) {
            messages.add(message(PlatformConfiguration.DEEP_LINKING, launch, "Thirdspace community",
                    placements(platform, PlatformConfiguration.DEEP_LINKING, List.of("ContentArea"))));
        }
        tool.put("messages", messages);
        client.put(TOOL_CONFIGURATION, tool);
        return JSONObjectUtils.toJSONString(client);
    }

    static List<String> scopes(Set<String> offered) {
        return SERVICE_SCOPES.stream().filter(offered::contains).toList();
    }

    /** The placements the platform lists for the message, else the tool's choice (§3.4.1: placements are optional). */
    private static List<String> placements(PlatformConfiguration platform, String type, List<String> preferred) {
        List<String> listed = platform.messagesSupported().getOrDefault(type, List.of());
        if (listed.isEmpty()) {
            return preferred;
        }
        List<String> both = preferred.stream().filter(listed::contains).toList();
        return both.isEmpty() ? listed : both;
    }

    private static Map<String, Object> message(String type, String target, String label, List<String> placements) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("target_link_uri", target);
        message.put("label", label);
        if (!placements.isEmpty()) {
            message.put("placements", placements);
        }
        return message;
    }
}
