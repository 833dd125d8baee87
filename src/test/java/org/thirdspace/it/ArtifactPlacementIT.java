package org.thirdspace.it;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.ArtifactsIT.make;
import static org.thirdspace.it.ArtifactsIT.problem;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * "Back to the course page" over the real endpoints and real signed LTI messages: a designer
 * places a checklist on another course's page through Deep Linking once every quoted contributor
 * agreed (a pending consent blocks and names whose); the signed LtiDeepLinkingResponse carries the
 * artifact's id; learners of that course and of its copies open it; a withdrawn consent or an
 * obsolete artifact is a clear page; another organisation's artifact is neither placed nor shown.
 */
@ExtendWith(ToolServer.class)
class ArtifactPlacementIT {

    static final String DL = DeepLinkingIT.DL;

    static Member designer(ToolClient tool, ArtifactsIT.Scene s, String course) {
        return Member.designer(tool, s.platform(), "fay-" + s.course(), List.of(INSTRUCTOR), course,
                DeepLinkingIT.settings(false, List.of("ltiResourceLink"), "data-" + UUID.randomUUID()));
    }

    static ToolClient.Reply place(Member designer, String artifact) {
        return designer.send("POST", "/api/deep-linking/" + designer.deepLinking() + "/answer",
                "{\"items\": [{\"artifactId\": \"" + artifact + "\"}]}");
    }

    /** The content item of a signed response, after checking its signature against the tool's JWKS. */
    static Map<String, Object> item(ToolClient tool, ToolClient.Reply answered) throws Exception {
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse((String) answered.json().get("jwt"));
        RSAKey key = (RSAKey) JWKSet.parse(tool.get("/.well-known/jwks.json").body()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        List<Map<String, Object>> items = DeepLinkingIT.items(claims);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    static Member learnerOf(ToolClient tool, TestPlatform platform, String course, Map<String, String> custom) {
        return Member.launch(tool, platform, "learner-" + UUID.randomUUID(), List.of(LEARNER), course, "link-" + UUID.randomUUID(),
                custom);
    }

    static Map<String, Object> placed(Member who, String artifact) {
        return who.ok("/api/artifacts/" + artifact + "/placed");
    }

    static void everyoneConsents(ArtifactsIT.Scene s, String artifact) {
        s.fay().ok("POST", "/api/artifacts/" + artifact + "/consent-requests", null);
        s.ana().ok("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": true}");
        s.bo().ok("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": true}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChecklistGoesOnAnotherCoursesPageOnceEveryoneQuotedAgreedAndItsLearnersReadItAlsoInCopies(ToolClient tool) throws Exception {
        ArtifactsIT.Scene s = ArtifactsIT.scene(tool);
        String artifact = make(s.fay(), s.thread(), "CHECKLIST", "Welcoming a new colleague");
        s.fay().ok("POST", "/api/artifacts/" + artifact + "/consent-requests", null);
        s.ana().ok("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": true}");

        // In another course's content dialog, Fay finds it; Bo's consent is still pending, and that blocks it.
        String other = "other-" + UUID.randomUUID();
        Member designer = designer(tool, s, other);
        String dialog = "/api/deep-linking/" + designer.deepLinking();
        List<Map<String, Object>> found = (List<Map<String, Object>>) (List<?>) designer.get(dialog + "/artifacts?q=badge&type=CHECKLIST")
                .jsonArray();
        assertThat(found).singleElement().satisfies(p -> {
            assertThat((Map<String, Object>) p.get("artifact")).containsEntry("id", artifact);
            assertThat((List<String>) p.get("consentMissing")).containsExactly("Person bo-" + s.course());
            assertThat(p).containsEntry("placeable", false);
        });
        ToolClient.Reply blocked = place(designer, artifact);
        problem(blocked, 409, "Person bo-" + s.course());
        assertThat((String) blocked.json().get("detail")).doesNotContain("ana-").contains("course page");
        assertThat(s.fay().ok("/api/artifacts/" + artifact)).containsEntry("audience", "SPACE");
        assertThat(designer.ok(dialog)).as("nothing answered: the request is still open").containsEntry("open", true);

        // Bo agrees: placed, as an LTI resource link titled as the artifact and naming it in its custom parameters.
        s.bo().ok("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": true}");
        Map<String, Object> item = item(tool, place(designer, artifact));
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "Welcoming a new colleague")
                .containsEntry("url", tool.url("/lti/launch"));
        Map<String, String> custom = DeepLinkingIT.custom(item);
        assertThat(custom).containsExactly(Map.entry("artifact_id", artifact));

        // Its audience is the course page now, and the placement is in its history.
        Map<String, Object> forSteward = s.fay().ok("/api/artifacts/" + artifact);
        assertThat(forSteward).containsEntry("audience", "COURSE_PAGE");
        assertThat((List<Map<String, Object>>) forSteward.get("placements")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("course", "Course " + other).containsEntry("by", "Person fay-" + s.course()));

        // A learner of that course, who is in no space, opens the link: the checklist, read-only, with tick boxes.
        Member learner = learnerOf(tool, s.platform(), other, custom);
        assertThat(learner.destination()).containsEntry("artifactId", artifact);
        Map<String, Object> shown = placed(learner, artifact);
        assertThat(shown).containsEntry("state", "AVAILABLE");
        Map<String, Object> words = (Map<String, Object>) shown.get("artifact");
        assertThat(words).containsEntry("title", "Welcoming a new colleague").containsEntry("mayEdit", false).containsEntry("locale", "en");
        assertThat((String) words.get("html")).contains("<input type=\"checkbox\" disabled=\"disabled\" />", "Send the badge form")
                .doesNotContain("[ ]");
        assertThat((Map<String, Object>) shown.get("community")).containsEntry("spaceId", s.space()).containsEntry("member", false);
        assertThat(learner.get("/api/spaces/" + s.space()).status()).as("a way to the community is not a way in").isEqualTo(403);
        assertThat((Map<String, Object>) placed(s.ana(), artifact).get("community")).containsEntry("member", true);

        // A copy of the course (a new context id, the same custom parameters) opens it too.
        Member inCopy = learnerOf(tool, s.platform(), "copy-of-" + other, custom);
        assertThat(inCopy.destination()).containsEntry("artifactId", artifact);
        assertThat(placed(inCopy, artifact)).containsEntry("state", "AVAILABLE");

        // Bo withdraws: both see a clear page that names nothing of it.
        s.bo().ok("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": false}");
        for (Member who : List.of(learner, inCopy)) {
            Map<String, Object> gone = placed(who, artifact);
            assertThat(gone).containsEntry("state", "UNAVAILABLE");
            assertThat(gone.get("title")).isNull();
            assertThat(gone.get("artifact")).isNull();
        }
        assertThat(learnerOf(tool, s.platform(), other, custom).destination()).as("the launch still lands")
                .containsEntry("artifactId", artifact);
    }

    @Test
    void anObsoleteArtifactIsAClearPageAndIsNotPlacedAgain(ToolClient tool) throws Exception {
        ArtifactsIT.Scene s = ArtifactsIT.scene(tool);
        String artifact = make(s.fay(), s.thread(), "JOB_AID", "Badges on day one");
        everyoneConsents(s, artifact);
        String other = "other-" + UUID.randomUUID();
        Map<String, String> custom = DeepLinkingIT.custom(item(tool, place(designer(tool, s, other), artifact)));
        s.fay().ok("POST", "/api/artifacts/" + artifact + "/verification", "{\"verification\": \"OBSOLETE\"}");

        Member learner = learnerOf(tool, s.platform(), other, custom);
        Map<String, Object> shown = placed(learner, artifact);
        assertThat(shown).containsEntry("state", "OBSOLETE").containsEntry("title", "Badges on day one");
        assertThat(shown.get("artifact")).as("not shown as if it were current").isNull();

        Member again = designer(tool, s, "third-" + UUID.randomUUID());
        problem(place(again, artifact), 409, "obsolete");
        assertThat(again.get("/api/deep-linking/" + again.deepLinking() + "/artifacts").jsonArray()).isEmpty();
    }

    @Test
    void anotherOrganisationsArtifactIsNeitherPlacedNorShownAndBadItemsAreRefused(ToolClient tool) throws Exception {
        ArtifactsIT.Scene s = ArtifactsIT.scene(tool);
        String artifact = make(s.fay(), s.thread(), "CHECKLIST", "Ours only");
        everyoneConsents(s, artifact);
        Map<String, String> custom = DeepLinkingIT.custom(item(tool, place(designer(tool, s, "other-" + UUID.randomUUID()), artifact)));

        try (TestPlatform elsewhere = TestPlatform.register(tool)) {
            Member strangerDesigner = Member.designer(tool, elsewhere, "d-" + UUID.randomUUID(), List.of(INSTRUCTOR), "theirs",
                    DeepLinkingIT.settings(false, List.of("ltiResourceLink"), null));
            problem(place(strangerDesigner, artifact), 404, null);
            assertThat(strangerDesigner.get("/api/deep-linking/" + strangerDesigner.deepLinking() + "/artifacts").jsonArray()).isEmpty();
            assertThat(strangerDesigner.ok("/api/deep-linking/" + strangerDesigner.deepLinking())).containsEntry("open", true);

            // Their learner with our link's custom parameters (copied by hand): a clear page, nothing of ours.
            Member stranger = learnerOf(tool, elsewhere, "theirs", custom);
            assertThat(placed(stranger, artifact)).containsEntry("state", "UNAVAILABLE");
            problem(stranger.get("/api/artifacts/" + artifact), 404, null);
        }

        // Only designers have a content dialog; a learner's session has none to answer.
        Member learner = Member.launch(tool, s.platform(), "l-" + UUID.randomUUID(), List.of(LEARNER), s.course());
        assertThat(learner.send("POST", "/api/deep-linking/" + UUID.randomUUID() + "/answer",
                "{\"items\": [{\"artifactId\": \"" + artifact + "\"}]}").status()).isIn(403, 404);

        Member designer = designer(tool, s, "bad-" + UUID.randomUUID());
        String answer = "/api/deep-linking/" + designer.deepLinking() + "/answer";
        problem(designer.send("POST", answer, "{\"items\": [{\"artifactId\": \"" + artifact + "\", \"spaceId\": \"" + s.space() + "\"}]}"),
                400, "either a community or an artifact");
        problem(designer.send("POST", answer, "{\"items\": [{\"artifactId\": \"not-an-id\"}]}"), 400, null);
        problem(place(designer, UUID.randomUUID().toString()), 404, null);
        problem(designer.send("POST", answer, "{\"items\": [{\"artifactId\": \"" + artifact + "\", \"linkText\": \"" + "x".repeat(1001)
                + "\"}]}"), 400, "linkText");
        assertThat(designer.ok("/api/deep-linking/" + designer.deepLinking())).as("every refusal left it open").containsEntry("open", true);
        assertThat(((List<?>) s.fay().ok("/api/artifacts/" + artifact).get("placements"))).as("only the one placement").hasSize(1);
    }

    /** A learner of {@code course} whose launch asks for {@code locale} ({@code launch_presentation.locale}). */
    static Member learnerIn(ToolClient tool, TestPlatform platform, String course, Map<String, String> custom, String locale) {
        return Member.launch(tool, platform, "learner-" + UUID.randomUUID(), List.of(LEARNER), course, "link-" + UUID.randomUUID(), custom,
                c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/launch_presentation",
                        Map.of("locale", locale, "document_target", "iframe")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLearnerWhoseLaunchIsInFrenchReadsTheFrenchTranslationAndIsToldWhenTheOriginalMovedOn(ToolClient tool) throws Exception {
        ArtifactsIT.Scene s = ArtifactsIT.scene(tool);
        String artifact = make(s.fay(), s.thread(), "CHECKLIST", "Welcoming a new colleague");
        everyoneConsents(s, artifact);
        String other = "other-" + UUID.randomUUID();
        Map<String, String> custom = DeepLinkingIT.custom(item(tool, place(designer(tool, s, other), artifact)));
        String translations = "/api/artifacts/" + artifact + "/translations/";

        // Bad translations are refused, each with its reason, and none is written.
        String french = "{\"title\": \"Accueillir un nouveau collègue\", \"body\": \"## Étapes\\n\\n- [ ] Envoyer le formulaire de badge\"}";
        problem(s.fay().send("PUT", translations + "xx", french), 400, "ISO 639");
        problem(s.fay().send("PUT", translations + "en-GB", french), 400, "written in en");
        problem(s.fay().send("PUT", translations + "fr", "{\"title\": \"\", \"body\": \"mots\"}"), 400, "title");
        problem(s.fay().send("PUT", translations + "fr", "{\"title\": \"Titre\"}"), 400, "body");
        problem(s.fay().send("PUT", translations + "fr", "{\"title\": \"Titre\", \"body\": \"" + "x".repeat(20_001) + "\"}"), 400,
                "longer than");
        problem(s.fay().send("PUT", translations + "fr", "{\"title\": "), 400, null);
        problem(s.ana().send("PUT", translations + "fr", french), 403, "steward");
        assertThat(tool.json("PUT", translations + "fr", french).status()).as("without a session").isEqualTo(401);
        problem(s.fay().send("DELETE", translations + "fr", null), 404, "no translation into fr");
        try (TestPlatform elsewhere = TestPlatform.register(tool)) {
            Member stranger = Member.launch(tool, elsewhere, "t-" + UUID.randomUUID(), List.of(INSTRUCTOR), "theirs");
            problem(stranger.send("PUT", translations + "fr", french), 404, null);
        }
        assertThat((List<?>) s.fay().ok("/api/artifacts/" + artifact).get("translations")).as("nothing written").isEmpty();

        // Fay writes the French translation; a learner whose launch asks for fr-CA reads it, with tick boxes.
        assertThat(s.fay().ok("PUT", translations + "fr", french)).containsEntry("locale", "fr").containsEntry("fromVersion", 1L);
        Member inFrench = learnerIn(tool, s.platform(), other, custom, "fr-CA");
        Map<String, Object> shown = placed(inFrench, artifact);
        Map<String, Object> words = (Map<String, Object>) shown.get("artifact");
        assertThat(words).containsEntry("title", "Accueillir un nouveau collègue").containsEntry("locale", "fr");
        assertThat((String) words.get("html")).contains("Envoyer le formulaire de badge", "<input type=\"checkbox\" disabled=\"disabled\" />")
                .doesNotContain("Send the badge form");
        assertThat((Map<String, Object>) shown.get("translation")).containsEntry("locale", "fr").containsEntry("originalLocale", "en")
                .containsEntry("behind", false).containsEntry("shown", true);
        assertThat(shown).containsEntry("title", "Accueillir un nouveau collègue");
        Map<String, Object> original = (Map<String, Object>) inFrench.ok("/api/artifacts/" + artifact + "/placed?original=true").get("artifact");
        assertThat(original).containsEntry("title", "Welcoming a new colleague").containsEntry("locale", "en");

        // Launches in German or English read the original; nothing says "translation".
        for (String locale : List.of("de-DE", "en-GB")) {
            Map<String, Object> asWritten = placed(learnerIn(tool, s.platform(), other, custom, locale), artifact);
            assertThat((Map<String, Object>) asWritten.get("artifact")).as(locale).containsEntry("title", "Welcoming a new colleague");
            assertThat(asWritten.get("translation")).as(locale).isNull();
        }

        // The original gets new words: the French reader is told the translation was made from version 1.
        s.fay().ok("PUT", "/api/artifacts/" + artifact, "{\"title\": \"Welcoming a new colleague\", \"body\": \"## Steps\\n\\n- [ ] Send "
                + "the badge form\\n- [ ] Book a buddy\", \"reason\": \"a buddy too\"}");
        assertThat((Map<String, Object>) placed(inFrench, artifact).get("translation")).containsEntry("behind", true)
                .containsEntry("fromVersion", 1L);
        assertThat((List<Map<String, Object>>) s.fay().ok("/api/artifacts/" + artifact).get("translations")).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("locale", "fr").containsEntry("behind", true)
                        .containsEntry("by", "Person fay-" + s.course()))
                .satisfies(t -> assertThat((String) t.get("markdown")).contains("Envoyer"));
        assertThat((List<Map<String, Object>>) s.ana().ok("/api/artifacts/" + artifact).get("translations")).singleElement()
                .satisfies(t -> assertThat(t.get("markdown")).as("the Markdown is for its editors").isNull());

        // Removed: the French reader gets the original again.
        assertThat(s.fay().send("DELETE", translations + "fr-FR", null).status()).isEqualTo(204);
        Map<String, Object> after = placed(inFrench, artifact);
        assertThat((Map<String, Object>) after.get("artifact")).containsEntry("title", "Welcoming a new colleague");
        assertThat(after.get("translation")).isNull();
    }
}
