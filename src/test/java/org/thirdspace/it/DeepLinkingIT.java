package org.thirdspace.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.CONTENT_DEVELOPER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;
import static org.thirdspace.it.Member.TEACHING_ASSISTANT;

/**
 * Deep Linking 2.0 over the real endpoints: a designer's LtiDeepLinkingRequest opens a request
 * kept on the server; the answer creates or links spaces and comes back as an
 * LtiDeepLinkingResponse signed with the tool's published key; placed links land learners of every
 * linked course — and of copied courses, by the space's rule — in the right space.
 */
@ExtendWith(ToolServer.class)
class DeepLinkingIT {

    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String LTI = TestPlatform.LTI;
    static final String RETURN_URL = "https://lms.example.test/deep_link_return?course=1";

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void platform(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    static String course() {
        return "course-" + UUID.randomUUID();
    }

    static Map<String, Object> settings(boolean acceptMultiple, List<String> types, String data) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", RETURN_URL);
        settings.put("accept_types", types);
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", acceptMultiple);
        if (data != null) {
            settings.put("data", data);
        }
        return settings;
    }

    static Member designer(String course, boolean acceptMultiple) {
        return Member.designer(tool, platform, "designer-" + UUID.randomUUID(), List.of(INSTRUCTOR), course,
                settings(acceptMultiple, List.of("ltiResourceLink"), "data-" + UUID.randomUUID()));
    }

    static String newSpace(String title, String courseCopies) {
        return "{\"newSpace\": {\"title\": " + Member.quote(title) + ", \"purpose\": \"Keep learning together\", "
                + "\"kind\": \"COMMUNITY_OF_PRACTICE\"" + (courseCopies == null ? "" : ", \"courseCopies\": \"" + courseCopies + "\"")
                + "}, \"starter\": {\"title\": \"What have you tried since the course?\", \"body\": \"Tell us.\"}, "
                + "\"linkTitle\": " + Member.quote(title) + ", \"linkText\": \"Where we keep talking\"}";
    }

    static ToolClient.Reply answer(Member designer, String... items) {
        return designer.send("POST", "/api/deep-linking/" + designer.deepLinking() + "/answer",
                "{\"items\": [" + String.join(",", items) + "]}");
    }

    /** The signed response's claims, after checking its signature against the tool's JWKS with the kid it names. */
    static JWTClaimsSet verified(Map<String, Object> signed) throws Exception {
        SignedJWT jwt = SignedJWT.parse((String) signed.get("jwt"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        String kid = jwt.getHeader().getKeyID();
        assertThat(kid).isNotBlank();
        JWKSet published = JWKSet.parse(tool.get("/.well-known/jwks.json").body());
        RSAKey key = (RSAKey) published.getKeyByKeyId(kid);
        assertThat(key).as("the kid names a published key").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    static long people() {
        ToolClient.Reply reply = tool.admin("GET", "/api/admin/registrations/" + platform.registrationId() + "/people?limit=1", null);
        return ((Number) reply.json().get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(JWTClaimsSet claims) {
        return (List<Map<String, Object>>) claims.getClaim(DL + "content_items");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> custom(Map<String, Object> item) {
        return (Map<String, String>) item.get("custom");
    }

    /** A learner launching the placed link in a course: same custom parameters, that course's context. */
    static Member learnerThrough(Map<String, Object> item, String course) {
        return Member.launch(tool, platform, "learner-" + UUID.randomUUID(), List.of(LEARNER), course,
                "link-" + UUID.randomUUID(), custom(item));
    }

    @Test
    void acceptedLaunchesAndAnswersAreLoggedWithoutPersonalData() throws Exception {
        Optional<ServerLog> log = ServerLog.mark();
        Assumptions.assumeTrue(log.isPresent(), "the log of a server these tests started");
        String course = course();
        String subject = "designer-" + UUID.randomUUID();
        Member designer = Member.designer(tool, platform, subject, List.of(INSTRUCTOR), course,
                settings(false, List.of("ltiResourceLink"), null));
        ToolClient.Reply answered = answer(designer, newSpace("Logged community", null));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        Map<String, Object> item = items(verified(answered.json())).get(0);
        String learnerSubject = "learner-" + UUID.randomUUID();
        Member learner = Member.launch(tool, platform, learnerSubject, List.of(LEARNER), course, "link-" + UUID.randomUUID(), custom(item));
        String spaceId = custom(item).get("community_id");
        assertThat(learner.destination()).containsEntry("spaceId", spaceId);

        String written = log.get().awaitContaining("lands in space " + spaceId);
        String registration = "registration " + platform.registrationId();
        assertThat(written)
                .contains("LTI LtiDeepLinkingRequest accepted: " + registration + ", deployment " + platform.deploymentId()
                        + ", content selection " + designer.deepLinking() + " opened")
                .contains("LTI LtiDeepLinkingResponse sent: request " + designer.deepLinking() + ", " + registration)
                .contains("LTI LtiResourceLinkRequest accepted: " + registration + ", deployment " + platform.deploymentId()
                        + ", lands in space " + spaceId)
                .doesNotContain(subject).doesNotContain(learnerSubject).doesNotContain(custom(item).get("community_key"))
                .doesNotContain("Course " + course).doesNotContain("Logged community");
    }

    @Test
    void aDeepLinkingRequestWithoutTargetLinkUriOpensTheDesignerPage() {
        String course = course();
        String subject = "designer-" + UUID.randomUUID();
        // The certification suite's deep linking request carries no target_link_uri claim (Deep Linking 2.0 §4.4 lists none).
        ToolClient.Reply reply = platform.launch(tool.browser(), subject, List.of(INSTRUCTOR), c -> {
            c.claim(LTI + "message_type", "LtiDeepLinkingRequest");
            c.claim(LTI + "resource_link", null);
            c.claim(LTI + "target_link_uri", null);
            c.claim(LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course));
            c.claim(DL + "deep_linking_settings", settings(false, List.of("ltiResourceLink"), null));
        });
        Member designer = Member.landed(tool, reply);
        assertThat(designer.deepLinking()).isNotBlank();
        ToolClient.Reply answered = answer(designer, newSpace("Without a target", null));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    }

    @Test
    void thePlatformsTitleIsSuggestedUnlessItIsOnlyTheToolsOwnName() {
        String course = course();
        Map<String, Object> moodle = settings(false, List.of("ltiResourceLink"), null);
        moodle.put("title", " thirdspace ");   // Moodle pre-fills the activity's name with the tool's
        Member designer = Member.designer(tool, platform, "designer-" + UUID.randomUUID(), List.of(INSTRUCTOR), course, moodle);
        assertThat(designer.ok("/api/deep-linking/" + designer.deepLinking()).get("title")).as("no suggested title").isNull();

        Map<String, Object> named = settings(false, List.of("ltiResourceLink"), null);
        named.put("title", "Cohort talk");
        Member other = Member.designer(tool, platform, "designer-" + UUID.randomUUID(), List.of(INSTRUCTOR), course, named);
        assertThat(other.ok("/api/deep-linking/" + other.deepLinking())).containsEntry("title", "Cohort talk");
    }

    @Test
    void aDesignerStartsASpaceAndTheSignedResponseCarriesItBack() throws Exception {
        String course = course();
        String data = "opaque \u2713 data with \"quotes\", two  spaces, / slashes and \\ backslash==";
        Member designer = Member.designer(tool, platform, "designer-" + UUID.randomUUID(), List.of(INSTRUCTOR), course,
                settings(false, List.of("ltiResourceLink", "link"), data));
        assertThat(designer.deepLinking()).isNotBlank();
        assertThat(designer.destination()).isNull();
        Map<String, Object> view = designer.ok("/api/deep-linking/" + designer.deepLinking());
        assertThat(view).containsEntry("open", true).containsEntry("acceptsLinks", true).containsEntry("acceptMultiple", false);

        ToolClient.Reply answered = answer(designer, newSpace("Follow-up community", null));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json()).containsEntry("returnUrl", RETURN_URL);
        JWTClaimsSet claims = verified(answered.json());
        assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim("nonce")).hasSizeGreaterThanOrEqualTo(16);
        assertThat(claims.getStringClaim(LTI + "deployment_id")).isEqualTo(platform.deploymentId());
        assertThat(claims.getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LTI + "version")).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(DL + "data")).as("data echoed unchanged").isEqualTo(data);
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));

        List<Map<String, Object>> items = items(claims);
        assertThat(items).hasSize(1);
        Map<String, Object> item = items.get(0);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("url", tool.url("/lti/launch"))
                .containsEntry("title", "Follow-up community").containsEntry("text", "Where we keep talking")
                .containsKey("iframe").doesNotContainKey("window").doesNotContainKey("lineItem");
        String spaceId = custom(item).get("community_id");
        assertThat(custom(item).get("community_key")).isNotBlank();

        // The course is linked at once: the designer facilitates, a learner's launch of the placed link lands there.
        Member learner = learnerThrough(item, course);
        assertThat(learner.destination()).containsEntry("spaceId", spaceId);
        Map<String, Object> space = learner.ok("/api/spaces/" + spaceId);
        assertThat(space).containsEntry("title", "Follow-up community").containsEntry("courseCopies", "JOIN").containsEntry("myRole", "MEMBER");
        assertThat(learner.ok("/api/spaces/" + spaceId + "/feed").toString()).contains("What have you tried since the course?");

        // Answered once: a second answer (a replay through the tool) is refused and places nothing.
        ToolClient.Reply again = answer(designer, newSpace("Second try", null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(designer.ok("/api/deep-linking/" + designer.deepLinking())).containsEntry("open", false);
    }

    @Test
    void withoutAcceptMultipleOneItemOnlyAndARefusedAnswerPlacesNothing() throws Exception {
        String course = course();
        Member designer = designer(course, false);
        long spacesBefore = designer.get("/api/spaces").jsonArray().size();
        ToolClient.Reply refused = answer(designer, newSpace("One", null), newSpace("Two", null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("one link");
        assertThat(designer.get("/api/spaces").jsonArray()).hasSize((int) spacesBefore);
        // The request is still open: a single item goes through.
        assertThat(items(verified(answer(designer, newSpace("One", null)).json()))).hasSize(1);
    }

    @Test
    void withAcceptMultipleSeveralLinksGoBackInOneResponse() throws Exception {
        String course = course();
        Member first = designer(course, false);
        String existing = custom(items(verified(answer(first, newSpace("Existing space", null)).json())).get(0)).get("community_id");

        Member designer = Member.designer(tool, platform, "designer-" + UUID.randomUUID(), List.of(INSTRUCTOR), course,
                settings(true, List.of("ltiResourceLink"), null));
        ToolClient.Reply answered = answer(designer, newSpace("New one", null),
                "{\"spaceId\": \"" + existing + "\", \"linkTitle\": \"Existing space\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        JWTClaimsSet claims = verified(answered.json());
        assertThat(items(claims)).extracting(i -> i.get("title")).containsExactly("New one", "Existing space");
        assertThat(custom(items(claims).get(1))).containsEntry("community_id", existing);
        assertThat(claims.getClaim(DL + "data")).as("no data in the request, none in the response").isNull();
    }

    @Test
    void aPlacementThatTakesNoToolLinksGetsAProperErrorResponse() throws Exception {
        Member designer = Member.designer(tool, platform, "designer-" + UUID.randomUUID(), List.of(INSTRUCTOR), course(),
                settings(false, List.of("link", "html"), "d"));
        Map<String, Object> view = designer.ok("/api/deep-linking/" + designer.deepLinking());
        assertThat(view).containsEntry("acceptsLinks", false).containsEntry("acceptTypes", List.of("link", "html"));
        assertThat(answer(designer, newSpace("Not here", null)).status()).isEqualTo(400);

        JWTClaimsSet claims = verified(answer(designer).json());
        assertThat(items(claims)).isEmpty();
        assertThat(claims.getStringClaim(DL + "errormsg")).contains("ltiResourceLink").contains("link, html");
        assertThat(claims.getStringClaim(DL + "data")).isEqualTo("d");
    }

    @Test
    void nothingChosenReturnsAnEmptyResponseWithAMessage() throws Exception {
        Member designer = designer(course(), false);
        JWTClaimsSet claims = verified(answer(designer).json());
        assertThat(items(claims)).isEmpty();
        assertThat(claims.getStringClaim(DL + "msg")).isNotBlank();
        assertThat(claims.getClaim(DL + "errormsg")).isNull();
    }

    @Test
    void onlyCourseDesignersMayDeepLinkAndARefusalWritesNothing() {
        for (List<String> roles : List.of(List.of(LEARNER), List.of(TEACHING_ASSISTANT), List.of(ORGANISATION_ADMIN), List.<String>of())) {
            long before = people();
            ToolClient.Reply reply = platform.launch(tool.browser(), "not-designer-" + UUID.randomUUID(), roles, c -> {
                c.claim(LTI + "message_type", "LtiDeepLinkingRequest");
                c.claim(LTI + "resource_link", null);
                c.claim(DL + "deep_linking_settings", settings(false, List.of("ltiResourceLink"), "x"));
            });
            assertThat(reply.status()).as(roles.toString()).isEqualTo(403);
            assertThat(reply.body()).contains("course designers").doesNotContain("ts-session");
            assertThat(people()).as("no person written for " + roles).isEqualTo(before);
        }
        // The same permission whatever the role's form: full URI, short name, LTI 1.1 URN.
        for (String role : List.of(CONTENT_DEVELOPER, "Instructor", "urn:lti:role:ims/lis/Instructor")) {
            Member designer = Member.designer(tool, platform, "d-" + UUID.randomUUID(), List.of(role), course(),
                    settings(false, List.of("ltiResourceLink"), null));
            assertThat(designer.deepLinking()).as(role).isNotBlank();
        }
    }

    @Test
    void aDeepLinkingRequestOutsideACourseOrWithAScriptReturnUrlIsRefused() {
        ToolClient.Reply noCourse = platform.launch(tool.browser(), "d-" + UUID.randomUUID(), List.of(INSTRUCTOR), c -> {
            c.claim(LTI + "message_type", "LtiDeepLinkingRequest");
            c.claim(LTI + "resource_link", null);
            c.claim(LTI + "context", null);
            c.claim(DL + "deep_linking_settings", settings(false, List.of("ltiResourceLink"), null));
        });
        assertThat(noCourse.status()).isEqualTo(400);
        Map<String, Object> script = settings(false, List.of("ltiResourceLink"), null);
        script.put("deep_link_return_url", "javascript:alert(document.domain)");
        ToolClient.Reply scripted = platform.launch(tool.browser(), "d-" + UUID.randomUUID(), List.of(INSTRUCTOR), c -> {
            c.claim(LTI + "message_type", "LtiDeepLinkingRequest");
            c.claim(LTI + "resource_link", null);
            c.claim(DL + "deep_linking_settings", script);
        });
        assertThat(scripted.status()).isEqualTo(400);
        assertThat(scripted.body()).doesNotContain("javascript:alert");
    }

    @Test
    void theRequestIsBoundToItsDesignerAndTheServerKeepsReturnUrlAndDeployment() throws Exception {
        String course = course();
        Member designer = designer(course, false);
        String path = "/api/deep-linking/" + designer.deepLinking();
        // Another designer of the same course, a learner, and another organisation's designer do not reach it.
        Member colleague = designer(course, false);
        assertThat(colleague.get(path).status()).isEqualTo(404);
        Member learner = Member.launch(tool, platform, "l-" + UUID.randomUUID(), List.of(LEARNER), course);
        assertThat(learner.get(path).status()).isEqualTo(403);
        assertThat(learner.send("POST", path + "/answer", "{\"items\": []}").status()).isEqualTo(403);
        try (TestPlatform other = TestPlatform.register(tool)) {
            Member stranger = Member.designer(tool, other, "d-" + UUID.randomUUID(), List.of(INSTRUCTOR), course,
                    settings(false, List.of("ltiResourceLink"), null));
            assertThat(stranger.get(path).status()).isEqualTo(404);
            assertThat(stranger.send("POST", path + "/answer", "{\"items\": []}").status()).isEqualTo(404);
        }
        assertThat(designer.get("/api/deep-linking/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(tool.json("GET", path, null).status()).isEqualTo(401);

        // Values the browser sends for the return URL or deployment are not read.
        ToolClient.Reply answered = designer.send("POST", path + "/answer", "{\"items\": [" + newSpace("Bound", null) + "],"
                + " \"returnUrl\": \"https://evil.example/steal\", \"deploymentId\": \"other\", \"deep_link_return_url\": \"https://evil.example\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json()).containsEntry("returnUrl", RETURN_URL);
        assertThat(verified(answered.json()).getStringClaim(LTI + "deployment_id")).isEqualTo(platform.deploymentId());
    }

    @Test
    void twoCoursesLinkOneSpaceAndTheirLearnersMeetThere() throws Exception {
        String courseA = course();
        String courseB = course();
        String subject = "designer-" + UUID.randomUUID();
        Member inA = Member.designer(tool, platform, subject, List.of(INSTRUCTOR), courseA,
                settings(false, List.of("ltiResourceLink"), null));
        Map<String, Object> itemA = items(verified(answer(inA, newSpace("Hybrid leaders", null)).json())).get(0);
        String space = custom(itemA).get("community_id");
        Member learnerA = learnerThrough(itemA, courseA);
        learnerA.startThread(space, "Rituals for remote teams", "What do you keep?", "Remote rituals");

        // The same designer, from course B, finds the space by name and by a tag of its conversations.
        Member inB = Member.designer(tool, platform, subject, List.of(INSTRUCTOR), courseB,
                settings(false, List.of("ltiResourceLink"), null));
        String search = "/api/deep-linking/" + inB.deepLinking() + "/spaces?q=";
        assertThat(inB.get(search + "hybrid").jsonArray()).anySatisfy(s -> assertThat(((Map<?, ?>) s).get("id")).isEqualTo(space));
        assertThat(inB.get(search + "remote%20rituals").jsonArray()).anySatisfy(s -> assertThat(((Map<?, ?>) s).get("id")).isEqualTo(space));
        // A designer who does not facilitate the space neither finds it nor links it.
        Member outsider = designer(course(), false);
        assertThat(outsider.get("/api/deep-linking/" + outsider.deepLinking() + "/spaces?q=hybrid").jsonArray())
                .noneSatisfy(s -> assertThat(((Map<?, ?>) s).get("id")).isEqualTo(space));
        assertThat(answer(outsider, "{\"spaceId\": \"" + space + "\"}").status()).isEqualTo(403);

        Map<String, Object> itemB = items(verified(answer(inB, "{\"spaceId\": \"" + space + "\", \"linkTitle\": \"Community\"}")
                .json())).get(0);
        Member learnerB = learnerThrough(itemB, courseB);
        assertThat(learnerB.destination()).containsEntry("spaceId", space);
        assertThat(learnerA.destination()).containsEntry("spaceId", space);
        // Members of both courses are members, also those who came in through another link of course B:
        // the designer (facilitating from both courses), the two learners and the quiet one.
        Member.launch(tool, platform, "quiet-" + UUID.randomUUID(), List.of(LEARNER), courseB, "other-link", Map.of());
        assertThat(((Number) learnerB.ok("/api/spaces/" + space).get("memberCount")).intValue()).isEqualTo(4);
    }

    /** A launch of this organisation's platform through another of its deployments. */
    static Member launchIn(String deployment, String subject, List<String> roles, Consumer<JWTClaimsSet.Builder> change) {
        return Member.landed(tool, platform.launchIn(deployment, tool.browser(), subject, roles, change));
    }

    @Test
    void aCourseOfAnotherDeploymentOfTheOrganisationLinksTheSameSpace() throws Exception {
        String second = "deployment-" + UUID.randomUUID();
        tool.admin("POST", "/api/admin/registrations/" + platform.registrationId() + "/deployments",
                "{\"deploymentId\": \"" + second + "\", \"status\": \"active\"}");
        String subject = "designer-" + UUID.randomUUID();
        Member inFirst = Member.designer(tool, platform, subject, List.of(INSTRUCTOR), course(),
                settings(false, List.of("ltiResourceLink"), null));
        String space = custom(items(verified(answer(inFirst, newSpace("Field service leads", null)).json())).get(0)).get("community_id");

        // The same course id under the other deployment is another course; the designer links the space into it.
        String courseInSecond = course();
        Member inSecond = launchIn(second, subject, List.of(INSTRUCTOR), c -> {
            c.claim(LTI + "message_type", "LtiDeepLinkingRequest");
            c.claim(LTI + "resource_link", null);
            c.claim(LTI + "context", Map.of("id", courseInSecond, "label", courseInSecond, "title", "Course " + courseInSecond));
            c.claim(DL + "deep_linking_settings", settings(false, List.of("ltiResourceLink"), "second"));
        });
        JWTClaimsSet response = verified(answer(inSecond, "{\"spaceId\": \"" + space + "\"}").json());
        assertThat(response.getStringClaim(LTI + "deployment_id")).isEqualTo(second);
        assertThat(response.getStringClaim(DL + "data")).isEqualTo("second");
        Map<String, String> placed = custom(items(response).get(0));

        Member learner = launchIn(second, "learner-" + UUID.randomUUID(), List.of(LEARNER), c -> {
            c.claim(LTI + "context", Map.of("id", courseInSecond, "label", courseInSecond, "title", "Course " + courseInSecond));
            c.claim(LTI + "resource_link", Map.of("id", "link-" + UUID.randomUUID(), "title", "Community"));
            c.claim(LTI + "custom", placed);
        });
        assertThat(learner.destination()).containsEntry("spaceId", space);
        learner.startThread(space, "Spare parts on the road", "How do you plan them?");
        assertThat(((Number) learner.ok("/api/spaces/" + space).get("memberCount")).intValue()).isEqualTo(2);
    }

    @Test
    void aCopiedCourseJoinsTheSpaceWhenItsRuleIsJoin() throws Exception {
        String original = course();
        Member designer = designer(original, false);
        Map<String, Object> item = items(verified(answer(designer, newSpace("Ongoing practice", "JOIN")).json())).get(0);
        String space = custom(item).get("community_id");

        String copy = course();
        Member first = learnerThrough(item, copy);
        assertThat(first.destination()).containsEntry("spaceId", space);
        Member second = learnerThrough(item, copy);
        assertThat(second.destination()).containsEntry("spaceId", space);
        // The copy's course is now linked: its members count, without another launch.
        assertThat(((Number) second.ok("/api/spaces/" + space).get("memberCount")).intValue()).isEqualTo(3);
    }

    @Test
    void aCopiedCourseGetsItsOwnRunWhenItsRuleIsNewRun() throws Exception {
        String original = course();
        Member designer = designer(original, false);
        Map<String, Object> item = items(verified(answer(designer, newSpace("Cohort talk", "NEW_RUN")).json())).get(0);
        String space = custom(item).get("community_id");
        assertThat(learnerThrough(item, original).destination()).containsEntry("spaceId", space);

        String copy = course();
        Member first = learnerThrough(item, copy);
        String run = (String) first.destination().get("spaceId");
        assertThat(run).isNotNull().isNotEqualTo(space);
        assertThat(first.ok("/api/spaces/" + run)).containsEntry("courseCopies", "NEW_RUN")
                .satisfies(v -> assertThat((String) v.get("title")).startsWith("Cohort talk").contains("Course " + copy));
        assertThat(learnerThrough(item, copy).destination()).as("one run per copied course").containsEntry("spaceId", run);
        assertThat(first.get("/api/spaces/" + space).status()).as("the copy's people are not in the original").isEqualTo(403);

        String another = course();
        String otherRun = (String) learnerThrough(item, another).destination().get("spaceId");
        assertThat(otherRun).isNotIn(space, run);
    }

    @Test
    void facilitatorsChangeWhatCopiesGetAndOthersCannot() throws Exception {
        String original = course();
        Member designer = designer(original, false);
        Map<String, Object> item = items(verified(answer(designer, newSpace("Changing rules", null)).json())).get(0);
        String space = custom(item).get("community_id");
        String path = "/api/spaces/" + space;
        Member learner = learnerThrough(item, original);
        assertThat(learner.send("PATCH", path, "{\"title\": \"Changing rules\", \"courseCopies\": \"NEW_RUN\"}").status()).isEqualTo(403);
        ToolClient.Reply wrong = designer.send("PATCH", path, "{\"title\": \"Changing rules\", \"courseCopies\": \"SOMETIMES\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("courseCopies");
        assertThat(designer.ok(path)).containsEntry("courseCopies", "JOIN");

        designer.ok("PATCH", path, "{\"title\": \"Changing rules\", \"courseCopies\": \"NEW_RUN\"}");
        assertThat(designer.ok(path)).containsEntry("courseCopies", "NEW_RUN");
        assertThat(learnerThrough(item, course()).destination().get("spaceId")).isNotEqualTo(space);
    }

    @Test
    void aLinkThatNamesASpaceWithoutItsKeyDoesNotJoinIt() throws Exception {
        Member designer = designer(course(), false);
        Map<String, Object> item = items(verified(answer(designer, newSpace("Private practice", "JOIN")).json())).get(0);
        String space = custom(item).get("community_id");
        // A teacher typing custom parameters into another course's link: the id alone does not open the space.
        for (Map<String, String> forged : List.of(Map.of("community_id", space),
                Map.of("community_id", space, "community_key", "AAAAAAAAAAAAAAAAAAAAAA"),
                Map.of("community_id", space, "community_key", "not base64 !"))) {
            Member intruder = Member.launch(tool, platform, "i-" + UUID.randomUUID(), List.of(INSTRUCTOR), course(),
                    "link-" + UUID.randomUUID(), forged);
            assertThat(intruder.destination()).containsEntry("notSetUp", true);
            assertThat(intruder.get("/api/spaces/" + space).status()).isEqualTo(403);
        }
        // The key of one organisation's space opens nothing in another organisation.
        try (TestPlatform other = TestPlatform.register(tool)) {
            Member stranger = Member.launch(tool, other, "s-" + UUID.randomUUID(), List.of(LEARNER), course(),
                    "link-" + UUID.randomUUID(), custom(item));
            assertThat(stranger.destination()).containsEntry("notSetUp", true);
            assertThat(stranger.get("/api/spaces/" + space).status()).isEqualTo(404);
        }
    }
}
