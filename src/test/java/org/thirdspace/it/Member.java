package org.thirdspace.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signed in through a real launch, using the learner API with their session token — what
 * the page does. Launches go through a {@link TestPlatform}, so every claim can be chosen.
 */
public final class Member {

    static final String LTI = TestPlatform.LTI;
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String TEACHING_ASSISTANT = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
    public static final String CONTENT_DEVELOPER = "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper";
    public static final String ORGANISATION_ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
    private static final Pattern BOOTSTRAP = Pattern.compile("<script type=\"application/json\" id=\"ts-bootstrap\">(.*?)</script>",
            Pattern.DOTALL);

    private final ToolClient tool;
    private final String token;
    private final Map<String, Object> bootstrap;
    private final boolean acceptsConduct;

    private Member(ToolClient tool, String token, Map<String, Object> bootstrap, boolean acceptsConduct) {
        this.tool = tool;
        this.token = token;
        this.bootstrap = bootstrap;
        this.acceptsConduct = acceptsConduct;
    }

    /**
     * The same person, who does not accept codes of conduct on demand: for tests of the conduct gate
     * itself. Everyone else accepts a space's current code when a write is refused for it, as a
     * person does in the page's dialog, so that tests of other things read as before.
     */
    public Member strict() {
        return new Member(tool, token, bootstrap, false);
    }

    /** Launches {@code subject} from a course and link of the platform, with the given roles. */
    public static Member launch(ToolClient tool, TestPlatform platform, String subject, List<String> roles, String course,
                                String link, Map<String, String> custom) {
        return launch(tool, platform, subject, roles, course, link, custom, c -> { });
    }

    /** As above, with further claims ({@code launch_presentation}, say) set by {@code more}. */
    public static Member launch(ToolClient tool, TestPlatform platform, String subject, List<String> roles, String course,
                                String link, Map<String, String> custom, Consumer<JWTClaimsSet.Builder> more) {
        ToolClient.Reply reply = platform.launch(tool.browser(), subject, roles, c -> {
            c.claim(LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course));
            c.claim(LTI + "resource_link", Map.of("id", link, "title", "Community"));
            c.claim(LTI + "custom", custom);
            c.claim("name", "Person " + subject);
            more.accept(c);
        });
        return landed(tool, reply);
    }

    /**
     * A deep-linking launch of {@code subject} from a course: an LtiDeepLinkingRequest with these
     * {@code deep_linking_settings} and no resource link; the designer page's request id is
     * {@link #deepLinking()}.
     */
    public static Member designer(ToolClient tool, TestPlatform platform, String subject, List<String> roles, String course,
                                  Map<String, Object> settings) {
        ToolClient.Reply reply = platform.launch(tool.browser(), subject, roles, c -> {
            c.claim(LTI + "message_type", "LtiDeepLinkingRequest");
            c.claim(LTI + "resource_link", null);
            c.claim(LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course));
            c.claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", settings);
            c.claim("name", "Person " + subject);
        });
        return landed(tool, reply);
    }

    /** The member a launch's landing page signed in: its session token and bootstrap. */
    public static Member landed(ToolClient tool, ToolClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Matcher matcher = BOOTSTRAP.matcher(reply.body());
        assertThat(matcher.find()).isTrue();
        try {
            return new Member(tool, reply.sessionToken(), JSONObjectUtils.parse(matcher.group(1)), true);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    public static Member launch(ToolClient tool, TestPlatform platform, String subject, List<String> roles, String course) {
        return launch(tool, platform, subject, roles, course, course + "-link", Map.of());
    }

    public String token() {
        return token;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> destination() {
        return (Map<String, Object>) bootstrap.get("destination");
    }

    /** The deep-linking request a designer's launch opened (null for resource link launches). */
    public String deepLinking() {
        return (String) bootstrap.get("deepLinking");
    }

    @SuppressWarnings("unchecked")
    public String personId() {
        return (String) ((Map<String, Object>) ((Map<String, Object>) bootstrap.get("me")).get("person")).get("id");
    }

    public ToolClient.Reply get(String path) {
        return tool.json("GET", path, null, "Authorization", "Bearer " + token);
    }

    public ToolClient.Reply send(String method, String path, String json) {
        ToolClient.Reply reply = tool.json(method, path, json, "Authorization", "Bearer " + token);
        if (acceptsConduct && reply.status() == 403 && reply.body().contains("/conduct-not-accepted\"")) {
            acceptConduct((String) reply.json().get("space"));
            reply = tool.json(method, path, json, "Authorization", "Bearer " + token);
        }
        return reply;
    }

    /** Reads the space's current code of conduct and accepts that version, as the page's dialog does. */
    public void acceptConduct(String spaceId) {
        Map<String, Object> conduct = ok("/api/spaces/" + spaceId + "/conduct");
        ok("POST", "/api/spaces/" + spaceId + "/conduct/acceptance",
                "{\"scopeId\": \"" + conduct.get("scopeId") + "\", \"version\": " + conduct.get("version") + "}");
    }

    /** A call expected to succeed; returns its JSON object (or an empty map for 204). */
    public Map<String, Object> ok(String method, String path, String json) {
        ToolClient.Reply reply = send(method, path, json);
        assertThat(reply.status()).as(method + " " + path + " → " + reply).isBetween(200, 299);
        return reply.status() == 204 || reply.body().isBlank() ? Map.of() : reply.json();
    }

    public Map<String, Object> ok(String path) {
        return ok("GET", path, null);
    }

    /** Creates a space for the course this member launched from. */
    public String createSpace(String title) {
        return (String) ok("POST", "/api/spaces", "{\"title\": \"" + title + "\", \"purpose\": \"Learning together\"}").get("id");
    }

    public String startThread(String spaceId, String title, String body, String... tags) {
        String tagJson = String.join(",", java.util.Arrays.stream(tags).map(t -> "\"" + t + "\"").toList());
        return (String) ok("POST", "/api/spaces/" + spaceId + "/threads", "{\"title\": " + quote(title) + ", \"body\": " + quote(body)
                + ", \"tags\": [" + tagJson + "]}").get("id");
    }

    public String reply(String threadId, String body) {
        return (String) ok("POST", "/api/threads/" + threadId + "/replies", "{\"body\": " + quote(body) + "}").get("id");
    }

    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
