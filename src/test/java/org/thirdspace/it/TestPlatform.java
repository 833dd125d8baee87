package org.thirdspace.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An LMS played by the test: its own RSA key, a key set served over real HTTP (counting fetches),
 * a registration with the tool made through the admin API, and id_tokens built and signed here,
 * so that every field of a launch can be set right or wrong on purpose.
 */
public final class TestPlatform implements AutoCloseable {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ToolClient tool;
    private final String issuer;
    private final String clientId;
    private final String deploymentId = "deployment-" + UUID.randomUUID();
    private final RSAKey key;
    private final HttpServer jwksServer;
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private volatile JWKSet published;
    private String registrationId;

    private TestPlatform(ToolClient tool, String issuer, String clientId) throws IOException, JOSEException {
        this.tool = tool;
        this.issuer = issuer;
        this.clientId = clientId;
        this.key = newKey();
        this.published = new JWKSet(key.toPublicJWK());
        this.jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/jwks", exchange -> {
            jwksFetches.incrementAndGet();
            byte[] body = published.toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwksServer.start();
    }

    /** A new platform with a unique issuer, registered and with one active deployment. */
    public static TestPlatform register(ToolClient tool) {
        int n = SEQUENCE.incrementAndGet();
        return register(tool, "https://lms-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + ".test", "client-" + n);
    }

    /** A platform with the given issuer and client id (registrations may share an issuer). */
    public static TestPlatform register(ToolClient tool, String issuer, String clientId) {
        try {
            TestPlatform platform = new TestPlatform(tool, issuer, clientId);
            platform.registerWithTool();
            return platform;
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey newKey() throws JOSEException {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
    }

    private void registerWithTool() {
        String host = "localhost:" + tool.server().port();
        String body = """
                {"issuer": "%s", "clientId": "%s", "name": "Test LMS %s",
                 "authorizationEndpoint": "%s/authorize", "tokenEndpoint": "%s/token", "jwksUri": "%s",
                 "targetLinkHosts": ["%s"], "deployments": [{"id": "%s", "status": "active"}]}
                """.formatted(issuer, clientId, clientId, issuer, issuer, jwksUri(), host, deploymentId);
        ToolClient.Reply reply = tool.admin("POST", "/api/admin/registrations", body);
        if (reply.status() != 201) {
            throw new IllegalStateException("registration failed: " + reply);
        }
        registrationId = (String) reply.json().get("id");
    }

    public String jwksUri() {
        return "http://localhost:" + jwksServer.getAddress().getPort() + "/jwks";
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String registrationId() {
        return registrationId;
    }

    public RSAKey key() {
        return key;
    }

    public int jwksFetches() {
        return jwksFetches.get();
    }

    /** Publishes another key set (e.g. after a rotation). */
    public void publish(JWK... keys) {
        published = new JWKSet(List.of(keys));
    }

    public String targetLinkUri() {
        return tool.url("/lti/launch");
    }

    /** Login initiation parameters as this platform sends them. */
    public Map<String, String> loginParameters(String subject) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("iss", issuer);
        parameters.put("login_hint", subject);
        parameters.put("target_link_uri", targetLinkUri());
        parameters.put("lti_message_hint", "hint-" + UUID.randomUUID());
        parameters.put("client_id", clientId);
        parameters.put("lti_deployment_id", deploymentId);
        return parameters;
    }

    /** The claims of a valid resource link launch for a login; tests change them as they need. */
    public JWTClaimsSet.Builder launchClaims(Login login, String subject, List<String> roles) {
        Date now = new Date();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(clientId)
                .subject(subject)
                .issueTime(now)
                .expirationTime(new Date(now.getTime() + 300_000))
                .claim("nonce", login.nonce())
                .claim("name", "Person " + subject)
                .claim("email", "same@example.test")
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", deploymentId)
                .claim(LTI + "target_link_uri", targetLinkUri())
                .claim(LTI + "resource_link", Map.of("id", "link-1", "title", "Community"))
                .claim(LTI + "roles", new ArrayList<>(roles))
                .claim(LTI + "context", Map.of("id", "course-1", "label", "C1", "title", "Course One"));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), key);
    }

    public static String sign(JWTClaimsSet claims, JWSHeader header, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a login at the tool in a browser and reads what the tool sends to the platform. */
    public Login login(ToolClient.Browser browser, Map<String, String> parameters) {
        ToolClient.Reply reply = browser.postForm("/lti/login", parameters);
        if (reply.status() != 303) {
            throw new AssertionError("login initiation refused: " + reply);
        }
        return Login.from(reply.header("Location"));
    }

    /** A full valid launch: login, then an id_token from {@code claims} posted back. */
    public ToolClient.Reply launch(ToolClient.Browser browser, String subject, List<String> roles,
                                   Consumer<JWTClaimsSet.Builder> change) {
        return launchIn(deploymentId, browser, subject, roles, change);
    }

    /** A full valid launch through another deployment of this platform (login hint and claim both name it). */
    public ToolClient.Reply launchIn(String deployment, ToolClient.Browser browser, String subject, List<String> roles,
                                     Consumer<JWTClaimsSet.Builder> change) {
        Map<String, String> parameters = new LinkedHashMap<>(loginParameters(subject));
        parameters.put("lti_deployment_id", deployment);
        Login login = login(browser, parameters);
        JWTClaimsSet.Builder claims = launchClaims(login, subject, roles).claim(LTI + "deployment_id", deployment);
        change.accept(claims);
        return browser.postForm("/lti/launch", Map.of("id_token", sign(claims.build()), "state", login.state()));
    }

    @Override
    public void close() {
        jwksServer.stop(0);
    }
}
