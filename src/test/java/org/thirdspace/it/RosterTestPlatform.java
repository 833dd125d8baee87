package org.thirdspace.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * An LMS played by the test that offers LTI Advantage roster services over real HTTP: a token
 * endpoint that checks the tool's client assertion against the tool's published JWKS, a Names and
 * Role Provisioning Service whose pages, links and faults the test sets (500s, timeouts, malformed
 * or missing pages, a {@code next} link to another origin, an expired differences link), and a
 * record of every request, so that tests can assert what the tool sent and did not send.
 */
public final class RosterTestPlatform implements AutoCloseable {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What a page answers instead of its members, for a number of requests (then it answers normally). */
    public record Fault(int status, String body, long delayMillis, int times) {
        public static Fault status(int status, int times) {
            return new Fault(status, "{\"error\":\"injected\"}", 0, times);
        }

        public static Fault body(String body, int times) {
            return new Fault(200, body, 0, times);
        }

        public static Fault delay(long millis, int times) {
            return new Fault(0, null, millis, times);
        }
    }

    /** One request the platform received. */
    public record Received(String path, String query, String authorization, String accept) {
    }

    private final ToolClient tool;
    private final String issuer;
    private final String clientId;
    private final String deploymentId = "deployment-" + UUID.randomUUID();
    private final RSAKey key;
    private final HttpServer server;
    private final String base;
    private String registrationId;

    private volatile List<Map<String, Object>> members = new ArrayList<>();
    private volatile int pageSize = 10;
    private volatile long pageDelayMillis;
    private volatile boolean offerDifferences;
    private volatile List<Map<String, Object>> differences = List.of();
    private volatile Integer differencesStatus;
    private volatile Integer crossOriginAfterPage;
    private final Map<Integer, Fault> faults = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> faultUses = new ConcurrentHashMap<>();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> issuedTokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final List<String> assertionProblems = new CopyOnWriteArrayList<>();
    private final Set<String> seenJtis = ConcurrentHashMap.newKeySet();
    private final List<String> scopesRequested = new CopyOnWriteArrayList<>();

    private RosterTestPlatform(ToolClient tool, String issuer, String clientId) throws IOException, JOSEException {
        this.tool = tool;
        this.issuer = issuer;
        this.clientId = clientId;
        this.key = TestPlatform.newKey();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.setExecutor(Executors.newCachedThreadPool());
        this.base = "http://localhost:" + server.getAddress().getPort();
        server.createContext("/jwks", exchange -> send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString(true)));
        server.createContext("/token", this::token);
        server.createContext("/nrps", this::memberships);
        server.start();
    }

    /** A platform with a unique issuer. */
    public static RosterTestPlatform register(ToolClient tool) {
        int n = SEQUENCE.incrementAndGet();
        return register(tool, "https://roster-lms-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + ".test", "roster-client-" + n);
    }

    /** A platform with the given issuer and client id (registrations may share an issuer). */
    public static RosterTestPlatform register(ToolClient tool, String issuer, String clientId) {
        try {
            RosterTestPlatform platform = new RosterTestPlatform(tool, issuer, clientId);
            String host = "localhost:" + tool.server().port();
            String body = """
                    {"issuer": "%s", "clientId": "%s", "name": "Roster LMS %s",
                     "authorizationEndpoint": "%s/authorize", "tokenEndpoint": "%s", "jwksUri": "%s/jwks",
                     "targetLinkHosts": ["%s"], "deployments": [{"id": "%s", "status": "active"}]}
                    """.formatted(issuer, clientId, clientId, platform.base, platform.tokenEndpoint(), platform.base, host,
                    platform.deploymentId);
            ToolClient.Reply reply = tool.admin("POST", "/api/admin/registrations", body);
            if (reply.status() != 201) {
                throw new IllegalStateException("registration failed: " + reply);
            }
            platform.registrationId = (String) reply.json().get("id");
            return platform;
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- what the test sets ----

    public RosterTestPlatform roster(List<Map<String, Object>> newMembers, int newPageSize) {
        this.members = new ArrayList<>(newMembers);
        this.pageSize = newPageSize;
        return this;
    }

    public RosterTestPlatform fault(int page, Fault fault) {
        faults.put(page, fault);
        faultUses.put(page, new AtomicInteger());
        return this;
    }

    public RosterTestPlatform clearFaults() {
        faults.clear();
        faultUses.clear();
        return this;
    }

    public RosterTestPlatform pageDelay(long millis) {
        this.pageDelayMillis = millis;
        return this;
    }

    /** Offer a differences link; a differences request answers with these members. */
    public RosterTestPlatform differences(List<Map<String, Object>> changed) {
        this.offerDifferences = true;
        this.differences = List.copyOf(changed);
        return this;
    }

    /** Answer differences requests with this status (e.g. 410: the link expired). */
    public RosterTestPlatform differencesStatus(Integer status) {
        this.differencesStatus = status;
        return this;
    }

    /** The page after {@code page} is announced on another origin (127.0.0.1 instead of localhost). */
    public RosterTestPlatform crossOriginNextAfter(Integer page) {
        this.crossOriginAfterPage = page;
        return this;
    }

    /** Every token issued so far is refused from now on (the platform revoked them). */
    public void revokeTokens() {
        revoked.addAll(issuedTokens.keySet());
    }

    public static Map<String, Object> member(String userId, String status, String... roles) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("user_id", userId);
        member.put("status", status);
        member.put("name", "Member " + userId);
        member.put("given_name", "Member");
        member.put("family_name", userId);
        member.put("email", userId + "@roster.test");
        member.put("roles", List.of(roles));
        return member;
    }

    public static List<Map<String, Object>> learners(String prefix, int count) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(member(prefix + i, "Active", LEARNER));
        }
        return list;
    }

    // ---- what the test reads ----

    public List<Received> received() {
        return List.copyOf(received);
    }

    public long pageRequests(int page) {
        return received.stream().filter(r -> r.path().startsWith("/nrps/") && pageOf(r.query()) == page && !isDifferences(r.query())).count();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public List<String> assertionProblems() {
        return List.copyOf(assertionProblems);
    }

    public List<String> scopesRequested() {
        return List.copyOf(scopesRequested);
    }

    /** Service requests that carried a token this platform did not issue (or revoked). */
    public long requestsWithForeignTokens() {
        return received.stream().filter(r -> r.path().startsWith("/nrps/"))
                .filter(r -> r.authorization() == null || !issuedTokens.containsKey(r.authorization().replace("Bearer ", ""))).count();
    }

    public String registrationId() {
        return registrationId;
    }

    public String clientId() {
        return clientId;
    }

    public String tokenEndpoint() {
        return base + "/token/" + clientId;
    }

    public String membershipsUrl(String course) {
        return base + "/nrps/" + course;
    }

    // ---- the launch ----

    /** A launch into {@code course} with the NRPS claim pointing at this platform; returns the session token. */
    public String launch(String subject, String course, List<String> roles) {
        return launch(subject, course, roles, c -> { });
    }

    public String launch(String subject, String course, List<String> roles, Consumer<JWTClaimsSet.Builder> change) {
        ToolClient.Browser browser = tool.browser();
        Map<String, String> login = new LinkedHashMap<>();
        login.put("iss", issuer);
        login.put("login_hint", subject);
        login.put("target_link_uri", tool.url("/lti/launch"));
        login.put("client_id", clientId);
        login.put("lti_deployment_id", deploymentId);
        ToolClient.Reply redirect = browser.postForm("/lti/login", login);
        if (redirect.status() != 303) {
            throw new AssertionError("login refused: " + redirect);
        }
        Login started = Login.from(redirect.header("Location"));
        java.util.Date now = new java.util.Date();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(clientId).subject(subject)
                .issueTime(now).expirationTime(new java.util.Date(now.getTime() + 300_000))
                .claim("nonce", started.nonce())
                .claim("name", "Person " + subject)
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", deploymentId)
                .claim(LTI + "target_link_uri", tool.url("/lti/launch"))
                .claim(LTI + "resource_link", Map.of("id", course + "-link", "title", "Community"))
                .claim(LTI + "roles", new ArrayList<>(roles))
                .claim(LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course))
                .claim(NRPS_CLAIM, Map.of("context_memberships_url", membershipsUrl(course), "service_versions", List.of("2.0")));
        change.accept(claims);
        String token = TestPlatform.sign(claims.build(),
                new com.nimbusds.jose.JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), key);
        ToolClient.Reply landing = browser.postForm("/lti/launch", Map.of("id_token", token, "state", started.state()));
        if (landing.status() != 200 || landing.sessionToken() == null) {
            throw new AssertionError("launch refused: " + landing);
        }
        return landing.sessionToken();
    }

    // ---- the platform's endpoints ----

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expectedAudience = tokenEndpoint();
        List<String> problems = new ArrayList<>();
        if (!exchange.getRequestURI().getPath().equals("/token/" + clientId)) {
            problems.add("token request for another client path " + exchange.getRequestURI().getPath());
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            problems.add("grant_type " + form.get("grant_type"));
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            problems.add("client_assertion_type " + form.get("client_assertion_type"));
        }
        scopesRequested.add(form.get("scope"));
        try {
            SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            String kid = jwt.getHeader().getKeyID();
            if (kid == null) {
                problems.add("no kid");
            } else {
                JWK published = JWKSet.parse(HTTP.send(HttpRequest.newBuilder(URI.create(tool.url("/.well-known/jwks.json"))).build(),
                        HttpResponse.BodyHandlers.ofString()).body()).getKeyByKeyId(kid);
                if (!(published instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                    problems.add("signature does not verify with the tool's published key " + kid);
                }
            }
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                problems.add("alg " + jwt.getHeader().getAlgorithm());
            }
            if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
                problems.add("iss/sub " + claims.getIssuer() + "/" + claims.getSubject());
            }
            if (!(claims.toJSONObject().get("aud") instanceof String aud) || !aud.equals(expectedAudience)) {
                problems.add("aud " + claims.toJSONObject().get("aud"));
            }
            if (claims.getJWTID() == null || !seenJtis.add(claims.getJWTID())) {
                problems.add("jti missing or reused");
            }
            if (claims.getExpirationTime() == null || claims.getIssueTime() == null
                    || claims.getExpirationTime().getTime() - claims.getIssueTime().getTime() > 300_000
                    || claims.getExpirationTime().getTime() < System.currentTimeMillis()) {
                problems.add("exp/iat not short-lived and current");
            }
        } catch (ParseException | JOSEException | NullPointerException e) {
            problems.add("assertion unreadable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("interrupted");
        }
        if (!problems.isEmpty()) {
            assertionProblems.addAll(problems);
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = "tok-" + clientId + "-" + UUID.randomUUID();
        issuedTokens.put(token, clientId);
        send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(Map.of(
                "access_token", token, "token_type", "Bearer", "expires_in", 3600, "scope", String.valueOf(form.get("scope")))));
    }

    private void memberships(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        received.add(new Received(exchange.getRequestURI().getPath(), query, authorization, exchange.getRequestHeaders().getFirst("Accept")));
        String token = authorization == null ? null : authorization.replace("Bearer ", "");
        if (token == null || !clientId.equals(issuedTokens.get(token)) || revoked.contains(token)) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        String course = exchange.getRequestURI().getPath().substring("/nrps/".length());
        if (isDifferences(query)) {
            if (differencesStatus != null) {
                send(exchange, differencesStatus, "application/json", "{}");
                return;
            }
            exchange.getResponseHeaders().add("Link", "<" + membershipsUrl(course) + "?differences=2>; rel=\"differences\"");
            send(exchange, 200, MEDIA_TYPE, JSONObjectUtils.toJSONString(Map.of("id", membershipsUrl(course), "members", differences)));
            return;
        }
        int page = pageOf(query);
        Fault fault = faults.get(page);
        if (fault != null && faultUses.get(page).incrementAndGet() <= fault.times()) {
            if (fault.delayMillis() > 0) {
                sleep(fault.delayMillis());
            }
            if (fault.status() != 0) {
                send(exchange, fault.status(), MEDIA_TYPE, fault.body());
                return;
            }
        }
        if (pageDelayMillis > 0) {
            sleep(pageDelayMillis);
        }
        List<Map<String, Object>> all = members;
        int from = page * pageSize;
        List<Map<String, Object>> slice = from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + pageSize));
        if (from + pageSize < all.size()) {
            String origin = crossOriginAfterPage != null && crossOriginAfterPage == page
                    ? "http://127.0.0.1:" + server.getAddress().getPort() : base;
            exchange.getResponseHeaders().add("Link", "<" + origin + "/nrps/" + course + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        if (offerDifferences) {
            exchange.getResponseHeaders().add("Link", "<" + membershipsUrl(course) + "?differences=1>; rel=\"differences\"");
        }
        send(exchange, 200, MEDIA_TYPE, JSONObjectUtils.toJSONString(Map.of("id", membershipsUrl(course),
                "context", Map.of("id", course), "members", slice)));
    }

    static int pageOf(String query) {
        return Integer.parseInt(form(query == null ? "" : query).getOrDefault("page", "0"));
    }

    static boolean isDifferences(String query) {
        return query != null && query.contains("differences=");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // the tool gave up waiting (a timeout test)
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
