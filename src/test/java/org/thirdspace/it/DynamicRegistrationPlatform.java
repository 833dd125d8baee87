package org.thirdspace.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A platform played by the test for LTI Dynamic Registration: it serves an OpenID configuration
 * (which a test may spoil on purpose) and a registration endpoint that records what the tool posted
 * and answers with a client id, or with the error a test asks for.
 */
final class DynamicRegistrationPlatform implements AutoCloseable {

    private final HttpServer server;
    final String clientId = "dyn-client-" + UUID.randomUUID().toString().substring(0, 8);
    final String deploymentId = "dyn-deployment-1";
    volatile UnaryOperator<Map<String, Object>> configurationChange = UnaryOperator.identity();
    volatile String rawConfiguration;
    volatile int registrationStatus = 201;
    volatile Map<String, Object> registered;
    volatile String authorization;

    DynamicRegistrationPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> {
            String body = rawConfiguration != null ? rawConfiguration
                    : JSONObjectUtils.toJSONString(configurationChange.apply(configuration()));
            answer(exchange, 200, body);
        });
        server.createContext("/register", exchange -> {
            authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                registered = JSONObjectUtils.parse(body);
            } catch (ParseException e) {
                registered = null;
            }
            if (registrationStatus != 201) {
                answer(exchange, registrationStatus, "{\"error\":\"invalid_client_metadata\",\"error_description\":\"the registration token expired\"}");
                return;
            }
            Map<String, Object> answer = new LinkedHashMap<>(registered);
            answer.put("client_id", clientId);
            Map<String, Object> tool = new LinkedHashMap<>((Map<String, Object>) registered.get("https://purl.imsglobal.org/spec/lti-tool-configuration"));
            tool.put("deployment_id", deploymentId);
            answer.put("https://purl.imsglobal.org/spec/lti-tool-configuration", tool);
            answer(exchange, 201, JSONObjectUtils.toJSONString(answer));
        });
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String configurationUrl() {
        return origin() + "/.well-known/openid-configuration";
    }

    Map<String, Object> configuration() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("issuer", origin());
        c.put("authorization_endpoint", origin() + "/auth");
        c.put("token_endpoint", origin() + "/token");
        c.put("jwks_uri", origin() + "/jwks");
        c.put("registration_endpoint", origin() + "/register");
        c.put("scopes_supported", List.of("openid", "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score", "https://example.com/other-scope"));
        c.put("response_types_supported", List.of("id_token"));
        c.put("https://purl.imsglobal.org/spec/lti-platform-configuration", Map.of("product_family_code", "test-lms", "version", "1",
                "messages_supported", List.of(Map.of("type", "LtiResourceLinkRequest"),
                        Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("ContentArea", "RichTextEditor")))));
        return c;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
