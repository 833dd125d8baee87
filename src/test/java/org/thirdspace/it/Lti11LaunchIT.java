package org.thirdspace.it;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thirdspace.lti.platform.ConsumerKeySign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LTI 1.1 legacy launches on the real server: an organisation's admin issues the consumer key
 * (the secret shown once), a platform's signed launch lands like an LTI 1.3 one, every refused
 * launch gets the explanation page and writes nothing, and an LTI 1.3 launch with a valid lti1p1
 * migration claim continues the same person and course.
 */
@ExtendWith(ToolServer.class)
class Lti11LaunchIT {

    static final String INSTRUCTOR = "urn:lti:role:ims/lis/Instructor";
    static ToolClient tool;
    static TestPlatform platform;
    static String key;
    static String secret;

    @BeforeAll
    static void issueKey(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
        ToolClient.Reply issued = tool.admin("POST", "/api/admin/registrations/" + platform.registrationId() + "/lti11-key", null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        key = (String) issued.json().get("consumerKey");
        secret = (String) issued.json().get("secret");
        assertThat(issued.json()).containsEntry("launchUrl", tool.url("/lti11/launch")).containsEntry("status", "active");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
    }

    static Map<String, String> launch(String userId, String course, String roles) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lti_message_type", "basic-lti-launch-request");
        p.put("lti_version", "LTI-1p0");
        p.put("user_id", userId);
        p.put("roles", roles);
        p.put("lis_person_name_full", "Person " + userId);
        p.put("context_id", course);
        p.put("context_title", "Course " + course);
        p.put("resource_link_id", course + "-link");
        p.put("launch_presentation_locale", "fr_FR");
        return p;
    }

    static ToolClient.Reply post(Map<String, String> signed) {
        return tool.browser().postForm("/lti11/launch", signed);
    }

    static Map<String, String> signed(Map<String, String> launch) {
        return OAuth1Signer.sign(launch, key, secret, tool.url("/lti11/launch"));
    }

    static long people() {
        return ((Number) tool.admin("GET", "/api/admin/registrations/" + platform.registrationId() + "/people", null)
                .json().get("total")).longValue();
    }

    @Test
    void theSecretIsShownOnceAndNeverReadBack() {
        ToolClient.Reply view = tool.admin("GET", "/api/admin/registrations/" + platform.registrationId() + "/lti11-key", null);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json()).containsEntry("consumerKey", key).doesNotContainKey("secret");
        assertThat(view.body()).doesNotContain(secret);
        // A second key for the same organisation is refused: rotation replaces it.
        assertThat(tool.admin("POST", "/api/admin/registrations/" + platform.registrationId() + "/lti11-key", null).status())
                .isEqualTo(409);
    }

    @Test
    void aSignedLaunchLandsWithTheSameMappingAsLti13() {
        String user = "u-" + UUID.randomUUID();
        ToolClient.Reply landing = post(signed(launch(user, "c11-" + user, INSTRUCTOR + ",Learner")));
        Member member = Member.landed(tool, landing);
        Map<String, Object> me = member.ok("/api/me");
        assertThat(me.get("roles")).asList().contains("INSTRUCTOR", "LEARNER");
        assertThat(((Map<?, ?>) me.get("person")).get("name")).isEqualTo("Person " + user);
        assertThat(((Map<?, ?>) me.get("course")).get("name")).isEqualTo("Course c11-" + user);
        assertThat(me.get("locale")).isEqualTo("fr-FR");
        // The same user_id again is the same person.
        Member again = Member.landed(tool, post(signed(launch(user, "c11-" + user, "Learner"))));
        assertThat(again.personId()).isEqualTo(member.personId());
    }

    @Test
    void refusedLaunchesExplainWhyAndWriteNothing() {
        long before = people();
        String user = "refused-" + UUID.randomUUID();
        Map<String, String> launch = launch(user, "c-" + user, "Learner");

        Map<String, String> badSignature = signed(launch);
        badSignature.put("oauth_signature", OAuth1Signer.signature(badSignature, "not-the-secret", tool.url("/lti11/launch")));
        assertRefused(post(badSignature), 401, "could not be verified");

        Map<String, String> tampered = signed(launch);
        tampered.put("roles", INSTRUCTOR);
        assertRefused(post(tampered), 401, "could not be verified");

        Map<String, String> old = OAuth1Signer.sign(launch, key, secret, tool.url("/lti11/launch"),
                System.currentTimeMillis() / 1000 - 600, UUID.randomUUID().toString());
        assertRefused(post(old), 401, "too old");

        Map<String, String> unknownKey = OAuth1Signer.sign(launch, "ts11-nobody", secret, tool.url("/lti11/launch"));
        assertRefused(post(unknownKey), 401, "does not know this LTI 1.1 consumer key");

        Map<String, String> unsigned = new LinkedHashMap<>(launch);
        unsigned.put("oauth_consumer_key", key);
        assertRefused(post(unsigned), 400, "not signed as Thirdspace expects");

        Map<String, String> noLink = new LinkedHashMap<>(launch);
        noLink.remove("resource_link_id");
        assertRefused(post(signed(noLink)), 400, "does not understand");

        Map<String, String> anonymous = new LinkedHashMap<>(launch);
        anonymous.remove("user_id");
        assertRefused(post(signed(anonymous)), 400, "needs to know who you are");

        Map<String, String> wrongType = new LinkedHashMap<>(launch);
        wrongType.put("lti_message_type", "ContentItemSelectionRequest");
        assertRefused(post(signed(wrongType)), 400, "does not understand");

        assertThat(people()).isEqualTo(before);

        Map<String, String> once = signed(launch);
        assertThat(post(once).status()).isEqualTo(200);
        assertRefused(post(once), 401, "already used");
        assertThat(people()).isEqualTo(before + 1);
    }

    @Test
    void aDisabledKeyLaunchesNothingAndARotatedKeyReplacesTheOld() {
        TestPlatform other = TestPlatform.register(tool);
        String path = "/api/admin/registrations/" + other.registrationId() + "/lti11-key";
        Map<String, Object> first = tool.admin("POST", path, null).json();
        String oldKey = (String) first.get("consumerKey");
        String oldSecret = (String) first.get("secret");
        Map<String, String> launch = launch("d-" + UUID.randomUUID(), "d-course", "Learner");

        assertThat(tool.admin("POST", path + "/status", "{\"status\": \"disabled\"}").json()).containsEntry("status", "disabled");
        assertRefused(post(OAuth1Signer.sign(launch, oldKey, oldSecret, tool.url("/lti11/launch"))), 403, "switched off");
        assertThat(tool.admin("POST", path + "/status", "{\"status\": \"maybe\"}").status()).isEqualTo(400);

        Map<String, Object> rotated = tool.admin("POST", path + "/rotate", null).json();
        assertThat(rotated.get("consumerKey")).isNotEqualTo(oldKey);
        assertThat(rotated).containsEntry("status", "active");
        assertRefused(post(OAuth1Signer.sign(launch, oldKey, oldSecret, tool.url("/lti11/launch"))), 401, "does not know");
        assertThat(post(OAuth1Signer.sign(launch, (String) rotated.get("consumerKey"), (String) rotated.get("secret"),
                tool.url("/lti11/launch"))).status()).isEqualTo(200);
        // Another organisation's key is not this admin's business, and an unknown registration has none.
        assertThat(tool.admin("POST", "/api/admin/registrations/" + UUID.randomUUID() + "/lti11-key", null).status()).isEqualTo(404);
    }

    @Test
    void aLti13LaunchWithAValidMigrationClaimContinuesTheLti11PersonAndCourse() {
        String user = "m-" + UUID.randomUUID();
        String course = "mc-" + user;
        Member teacher = Member.landed(tool, post(signed(launch("t-" + user, course, INSTRUCTOR))));
        String space = teacher.createSpace("Migrated course");
        Member as11 = Member.landed(tool, post(signed(launch(user, course, "Learner"))));
        assertThat(as11.destination()).containsEntry("spaceId", space);
        String thread = as11.startThread(space, "Written in LTI 1.1", "Before the move to 1.3");

        String sub = "sub-" + user;
        Member as13 = Member.landed(tool, platform.launch(tool.browser(), sub, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
                c -> migrate(c, user, key, secret, course)));
        assertThat(as13.personId()).isEqualTo(as11.personId());
        assertThat(as13.destination()).containsEntry("spaceId", space);
        Map<String, Object> view = as13.ok("/api/threads/" + thread);
        @SuppressWarnings("unchecked")
        Map<String, Object> opening = ((List<Map<String, Object>>) view.get("posts")).get(0);
        assertThat(opening).containsEntry("authorId", as11.personId()).containsEntry("mayEdit", true);
        // LTI 1.1 launches keep working for the same person after the move.
        assertThat(Member.landed(tool, post(signed(launch(user, course, "Learner")))).personId()).isEqualTo(as11.personId());
        // And the 1.3 person launching again without the claim is still them.
        Member later = Member.landed(tool, platform.launch(tool.browser(), sub, List.of("Learner"),
                c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", course))));
        assertThat(later.personId()).isEqualTo(as11.personId());
    }

    @Test
    void anInvalidMigrationSignIsIgnoredAndTheLaunchProceedsAsSomeoneNew() {
        String user = "x-" + UUID.randomUUID();
        Member as11 = Member.landed(tool, post(signed(launch(user, "xc-" + user, "Learner"))));
        Member forged = Member.landed(tool, platform.launch(tool.browser(), "sub-" + user, List.of("Learner"),
                c -> migrate(c, user, key, "a-guessed-secret", "xc-" + user)));
        assertThat(forged.personId()).isNotEqualTo(as11.personId());
        // Another organisation's key cannot vouch for this organisation's people either.
        TestPlatform other = TestPlatform.register(tool);
        Map<String, Object> otherKey = tool.admin("POST", "/api/admin/registrations/" + other.registrationId() + "/lti11-key", null).json();
        Member crossed = Member.landed(tool, platform.launch(tool.browser(), "sub2-" + user, List.of("Learner"),
                c -> migrate(c, user, (String) otherKey.get("consumerKey"), (String) otherKey.get("secret"), "xc-" + user)));
        assertThat(crossed.personId()).isNotEqualTo(as11.personId());
    }

    static void migrate(JWTClaimsSet.Builder claims, String user, String consumerKey, String consumerSecret, String course) {
        claims.claim("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", course, "title", "Course " + course));
        JWTClaimsSet built = claims.build();
        String sign = ConsumerKeySign.compute(consumerSecret, consumerKey, platform.deploymentId(), platform.issuer(), platform.clientId(),
                built.getExpirationTime().toInstant().getEpochSecond(), (String) built.getClaim("nonce"));
        claims.claim("https://purl.imsglobal.org/spec/lti/claim/lti1p1", Map.of("user_id", user, "oauth_consumer_key", consumerKey,
                "oauth_consumer_key_sign", sign));
    }

    static void assertRefused(ToolClient.Reply reply, int status, String says) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains(says);
        assertThat(reply.sessionToken()).isNull();
    }
}
