package org.thirdspace.it;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deep-linking flow end to end with the LMS emulator: a designer adds "Follow-up community" to
 * two courses through the emulator's content dialog; the emulator checks each response against the
 * tool's JWKS and puts the link on the course page; learners of both courses launch it and meet in
 * the same space.
 */
@ExtendWith(ToolServer.class)
class EmulatorDeepLinkingIT {

    private static final Pattern DEEP_LINK_SRC = Pattern.compile("id=\"deep-link\" data-src=\"([^\"]*)\"");

    /** The designer opens the emulator's "add content" dialog in a course and lands on the tool's designer page. */
    static Member openContentDialog(ToolClient tool, String course, String person) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply coursePage = browser.get("/emulator/courses/" + course + "/as/" + person);
        Matcher src = DEEP_LINK_SRC.matcher(coursePage.body());
        assertThat(src.find()).isTrue();
        assertThat(src.group(1)).as("designers get the content dialog").isNotEmpty();
        ToolClient.Reply initiation = browser.get(ToolClient.Reply.unescape(src.group(1)));
        ToolClient.Reply authorization = browser.follow(browser.submit(initiation));
        return Member.landed(tool, browser.submit(authorization));
    }

    /** The learner opens a link of the course page and lands where it leads. */
    static Member launchLink(ToolClient tool, String course, String person, String linkId) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply coursePage = browser.get("/emulator/courses/" + course + "/as/" + person + "?link=" + linkId);
        String frame = ToolClient.Reply.unescape(coursePage.body().replaceAll("(?s).*<iframe[^>]*src=\"([^\"]+)\".*", "$1"));
        ToolClient.Reply authorization = browser.follow(browser.submit(browser.get(frame)));
        return Member.landed(tool, browser.submit(authorization));
    }

    static String addedLinkId(ToolClient.Reply coursePage, String title) {
        Matcher link = Pattern.compile("\\?link=(dl-[0-9a-f]+)[^>]*>" + Pattern.quote(title) + "<").matcher(coursePage.body());
        assertThat(link.find()).as("the course page shows " + title).isTrue();
        return link.group(1);
    }

    @Test
    void aDesignerAddsAFollowUpCommunityToTwoCoursesAndLearnersOfBothMeetInIt(ToolClient tool) throws Exception {
        Member inHybrid = openContentDialog(tool, "lht-2026-09", "grace");
        assertThat(inHybrid.deepLinking()).isNotBlank();
        Map<String, Object> signed = inHybrid.ok("POST", "/api/deep-linking/" + inHybrid.deepLinking() + "/answer",
                "{\"items\": [{\"newSpace\": {\"title\": \"Follow-up community\", \"kind\": \"COMMUNITY_OF_PRACTICE\"},"
                        + " \"linkTitle\": \"Follow-up community\", \"linkText\": \"Keep talking after the course\"}]}");
        assertThat(signed.get("returnUrl")).isEqualTo(tool.url("/emulator/deep-linking/return"));

        // The response verifies against the tool's JWKS with the kid it carries.
        SignedJWT jwt = SignedJWT.parse((String) signed.get("jwt"));
        RSAKey key = (RSAKey) JWKSet.parse(tool.get("/.well-known/jwks.json").body()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        ToolClient.Reply returned = tool.postForm("/emulator/deep-linking/return", Map.of("JWT", (String) signed.get("jwt")));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.body()).contains("1 link added").contains(jwt.getHeader().getKeyID());
        // The LMS takes a response once.
        assertThat(tool.postForm("/emulator/deep-linking/return", Map.of("JWT", (String) signed.get("jwt"))).status()).isEqualTo(400);
        String hybridLink = addedLinkId(tool.get("/emulator/courses/lht-2026-09/as/grace"), "Follow-up community");

        // In a second course, the same designer links the space they now facilitate.
        Member inConversations = openContentDialog(tool, "cc-101", "grace");
        String dialog = "/api/deep-linking/" + inConversations.deepLinking();
        Object found = inConversations.get(dialog + "/spaces?q=follow-up").jsonArray().get(0);
        String spaceId = (String) ((Map<?, ?>) found).get("id");
        Map<String, Object> second = inConversations.ok("POST", dialog + "/answer",
                "{\"items\": [{\"spaceId\": \"" + spaceId + "\", \"linkTitle\": \"Follow-up community\"}]}");
        assertThat(tool.postForm("/emulator/deep-linking/return", Map.of("JWT", (String) second.get("jwt"))).status()).isEqualTo(200);
        String conversationsLink = addedLinkId(tool.get("/emulator/courses/cc-101/as/grace"), "Follow-up community");

        Member ada = launchLink(tool, "lht-2026-09", "ada", hybridLink);
        Member farah = launchLink(tool, "cc-101", "farah", conversationsLink);
        assertThat(ada.destination()).containsEntry("spaceId", spaceId);
        assertThat(farah.destination()).containsEntry("spaceId", spaceId);
        assertThat(ada.ok("/api/spaces/" + spaceId)).containsEntry("title", "Follow-up community").containsEntry("myRole", "MEMBER");
    }

    @Test
    void theEmulatorRefusesAResponseThatDoesNotVerify(ToolClient tool) {
        Member designer = openContentDialog(tool, "onb-2026", "grace");
        Map<String, Object> signed = designer.ok("POST", "/api/deep-linking/" + designer.deepLinking() + "/answer", "{\"items\": []}");
        String jwt = (String) signed.get("jwt");
        String[] parts = jwt.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);
        ToolClient.Reply refused = tool.postForm("/emulator/deep-linking/return", Map.of("JWT", tampered));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("signature");
        assertThat(tool.postForm("/emulator/deep-linking/return", Map.of("JWT", jwt)).body()).contains("Nothing was added");
    }

    @Test
    void aLearnerGetsNoContentDialogAndTheToolRefusesOne(ToolClient tool) {
        ToolClient.Reply coursePage = tool.get("/emulator/courses/lht-2026-09/as/ada");
        Matcher src = DEEP_LINK_SRC.matcher(coursePage.body());
        assertThat(src.find()).isTrue();
        assertThat(src.group(1)).isEmpty();
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply initiation = browser.get("/emulator/launch?course=lht-2026-09&person=ada&message=deep-linking");
        ToolClient.Reply refused = browser.submit(browser.follow(browser.submit(initiation)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("course designers");
    }
}
