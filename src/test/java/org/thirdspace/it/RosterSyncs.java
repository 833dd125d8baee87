package org.thirdspace.it;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What roster tests do over and over: launch from the emulator, wait for a run, read members. */
final class RosterSyncs {

    private RosterSyncs() {
    }

    /** A signed-in person and the course they launched from. */
    record Session(String token, String courseId) {
        String[] auth() {
            return new String[] {"Authorization", "Bearer " + token};
        }
    }

    static String newCourseId() {
        return "rs-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates (or resizes) an emulated course's roster. */
    static Map<String, Object> emulatorRoster(ToolClient tool, String course, int size, int pageSize, int groups) {
        ToolClient.Reply reply = tool.json("PUT", "/emulator/courses/" + course + "/roster",
                "{\"size\": %d, \"pageSize\": %d, \"groups\": %d, \"title\": \"Roster course %s\"}".formatted(size, pageSize, groups, course));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static void emulatorMember(ToolClient tool, String course, String key, String json) {
        ToolClient.Reply reply = tool.json("PUT", "/emulator/courses/" + course + "/roster/members/" + key, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** A launch from the emulated LMS's course page, the whole OIDC way. */
    static Session launchFromEmulator(ToolClient tool, String course, String person) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply initiation = browser.get("/emulator/launch?course=" + course + "&person=" + person + "&link=" + course + "-community");
        assertThat(initiation.status()).as(initiation.toString()).isEqualTo(200);
        ToolClient.Reply landing = browser.submit(browser.follow(browser.submit(initiation)));
        assertThat(landing.status()).as(landing.toString()).isEqualTo(200);
        return session(tool, landing.sessionToken());
    }

    static Session session(ToolClient tool, String token) {
        Map<String, Object> me = tool.json("GET", "/api/me", null, "Authorization", "Bearer " + token).json();
        return new Session(token, (String) ((Map<?, ?>) me.get("course")).get("id"));
    }

    static ToolClient.Reply status(ToolClient tool, Session session) {
        return tool.json("GET", "/api/courses/" + session.courseId() + "/roster/sync", null, session.auth());
    }

    static ToolClient.Reply start(ToolClient tool, Session session) {
        return tool.json("POST", "/api/courses/" + session.courseId() + "/roster/sync", null, session.auth());
    }

    /** Waits until the course's latest run has finished and returns the roster view. */
    static Map<String, Object> awaitFinished(ToolClient tool, Session session) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Map<String, Object> view = null;
        while (Instant.now().isBefore(deadline)) {
            ToolClient.Reply reply = status(tool, session);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            view = reply.json();
            Map<?, ?> job = (Map<?, ?>) view.get("job");
            if (job != null && !"running".equals(job.get("state"))) {
                return view;
            }
            sleep(150);
        }
        throw new AssertionError("the roster sync did not finish: " + view);
    }

    /** Waits for a run other than {@code previousJobId} to finish. */
    static Map<String, Object> awaitNextFinished(ToolClient tool, Session session, Object previousJobId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> view = awaitFinished(tool, session);
            if (!job(view).get("id").equals(previousJobId)) {
                return view;
            }
            sleep(150);
        }
        throw new AssertionError("no new roster sync after " + previousJobId);
    }

    static Map<?, ?> job(Map<String, Object> view) {
        return (Map<?, ?>) view.get("job");
    }

    /** The course's members as the admin API lists them, by subject. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> members(ToolClient tool, String courseId) {
        Map<String, Map<String, Object>> bySubject = new java.util.LinkedHashMap<>();
        int offset = 0;
        while (true) {
            ToolClient.Reply reply = tool.admin("GET", "/api/admin/rosters/" + courseId + "/members?limit=1000&offset=" + offset, null);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            List<Map<String, Object>> page = (List<Map<String, Object>>) reply.json().get("members");
            page.forEach(m -> bySubject.put((String) m.get("subject"), m));
            if (page.size() < 1000) {
                return bySubject;
            }
            offset += page.size();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
