package org.thirdspace.emulator;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;

import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A second platform played by the emulator, with its own issuer, that registers the tool by LTI
 * Dynamic Registration 1.0 instead of being registered at start: it publishes an OpenID
 * configuration (§3.4), hands out single-use registration tokens, checks the tool's client
 * registration (§3.5.2) like a platform must, and answers with a client id and a deployment id
 * (§3.6). Launches from it then go through the same authorization endpoint, signed with its issuer
 * and the client id it gave. What it registered is kept in memory: the emulator is for development.
 */
@ApplicationScoped
public class EmulatorSecondSite {

    static final String DEPLOYMENT_ID = "northwind-second-site-1";
    static final String NAME = "Northwind LMS, second site";

    @Inject
    ToolSettings settings;

    @Inject
    EmulatorPlatform platform;

    private final SecureRandom random = new SecureRandom();
    private final Set<String> usedTokens = ConcurrentHashMap.newKeySet();
    private volatile RegisteredTool tool;

    /** The client the tool registered as: launches go to its login URL and come back to its redirect URI. */
    record RegisteredTool(String clientId, String loginUri, String redirectUri) {
    }

    public String issuer() {
        return settings.url("/emulator/second-site");
    }

    public String configurationUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    public String registrationEndpoint() {
        return issuer() + "/registrations";
    }

    Optional<RegisteredTool> tool() {
        return Optional.ofNullable(tool);
    }

    boolean isClient(String clientId) {
        RegisteredTool registered = tool;
        return registered != null && registered.clientId().equals(clientId);
    }

    /** The platform's OpenID configuration (LTI Dynamic Registration 1.0 §3.4.1). */
    String configuration() {
        return JSONObjectUtils.toJSONString(Map.ofEntries(
                Map.entry("issuer", issuer()),
                Map.entry("authorization_endpoint", platform.authorizationEndpoint()),
                Map.entry("token_endpoint", platform.tokenEndpoint()),
                Map.entry("token_endpoint_auth_methods_supported", List.of("private_key_jwt")),
                Map.entry("token_endpoint_auth_signing_alg_values_supported", List.of("RS256")),
                Map.entry("jwks_uri", platform.jwksUri()),
                Map.entry("registration_endpoint", registrationEndpoint()),
                Map.entry("scopes_supported", List.of("openid", EmulatorServiceTokens.NRPS_SCOPE, EmulatorServiceTokens.GROUPS_SCOPE)),
                Map.entry("response_types_supported", List.of("id_token")),
                Map.entry("subject_types_supported", List.of("public", "pairwise")),
                Map.entry("id_token_signing_alg_values_supported", List.of("RS256")),
                Map.entry("claims_supported", List.of("sub", "iss", "name", "given_name", "family_name", "email", "picture", "locale")),
                Map.entry("https://purl.imsglobal.org/spec/lti-platform-configuration", Map.of(
                        "product_family_code", "northwind-lms",
                        "version", "1",
                        "messages_supported", List.of(
                                Map.of("type", "LtiResourceLinkRequest", "placements", List.of("ContentArea")),
                                Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("ContentArea"))),
                        "variables", List.of("Context.id", "ResourceLink.id")))));
    }

    /** A registration token for one registration, valid ten minutes (what the LMS puts in the registration link). */
    String newRegistrationToken() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return platform.messageHint(Map.of("registration", HexFormat.of().formatHex(nonce)), 600);
    }

    /** A refusal the registration endpoint answers with (OpenID Connect Dynamic Client Registration 1.0 §3.3). */
    static final class Refusal extends Exception {
        final int status;
        final String error;

        Refusal(int status, String error, String description) {
            super(description);
            this.status = status;
            this.error = error;
        }
    }

    /** Checks the token and the tool's registration, and answers with the client the platform made. */
    @SuppressWarnings("unchecked")
    Map<String, Object> register(String authorization, String body) throws Refusal {
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : "";
        Map<String, Object> claims = platform.readMessageHint(token).orElse(null);
        if (claims == null || !(claims.get("registration") instanceof String) || !usedTokens.add(token)) {
            throw new Refusal(401, "invalid_token", "the registration token is missing, expired or used already");
        }
        Map<String, Object> request;
        try {
            request = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new Refusal(400, "invalid_client_metadata", "the registration is not a JSON object");
        }
        require(request, "application_type", "web");
        require(request, "token_endpoint_auth_method", "private_key_jwt");
        requireList(request, "response_types", List.of("id_token"));
        requireList(request, "grant_types", List.of("implicit", "client_credentials"));
        String loginUri = text(request, "initiate_login_uri");
        String jwksUri = text(request, "jwks_uri");
        List<String> redirectUris = request.get("redirect_uris") instanceof List<?> list ? (List<String>) list : List.of();
        if (loginUri == null || jwksUri == null || redirectUris.isEmpty()) {
            throw new Refusal(400, "invalid_client_metadata", "initiate_login_uri, jwks_uri and redirect_uris are required");
        }
        if (!(request.get("https://purl.imsglobal.org/spec/lti-tool-configuration") instanceof Map<?, ?> toolConfiguration)
                || !(toolConfiguration.get("messages") instanceof List<?> messages)
                || messages.stream().noneMatch(m -> m instanceof Map<?, ?> message && "LtiResourceLinkRequest".equals(message.get("type")))) {
            throw new Refusal(400, "invalid_client_metadata", "the LTI tool configuration must offer LtiResourceLinkRequest");
        }
        byte[] id = new byte[6];
        random.nextBytes(id);
        String clientId = "second-site-" + HexFormat.of().formatHex(id);
        tool = new RegisteredTool(clientId, loginUri, redirectUris.get(0));
        Map<String, Object> answer = new java.util.LinkedHashMap<>(request);
        answer.put("client_id", clientId);
        Map<String, Object> configuration = new java.util.LinkedHashMap<>((Map<String, Object>) toolConfiguration);
        configuration.put("deployment_id", DEPLOYMENT_ID);
        answer.put("https://purl.imsglobal.org/spec/lti-tool-configuration", configuration);
        return answer;
    }

    private static void require(Map<String, Object> request, String field, String value) throws Refusal {
        if (!value.equals(request.get(field))) {
            throw new Refusal(400, "invalid_client_metadata", field + " must be " + value);
        }
    }

    private static void requireList(Map<String, Object> request, String field, List<String> values) throws Refusal {
        if (!(request.get(field) instanceof List<?> list) || !list.containsAll(values)) {
            throw new Refusal(400, "invalid_client_metadata", field + " must include " + String.join(", ", values));
        }
    }

    private static String text(Map<String, Object> request, String field) {
        return request.get(field) instanceof String s && !s.isBlank() ? s : null;
    }
}
