package org.thirdspace.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * E-mail digests against the real WAR and a real SMTP server (GreenMail, started here; the WAR is
 * pointed at it through its settings). A digest day lasts {@link #DAY} seconds, so a daily digest
 * comes within seconds and a weekly one within half a minute. Each item is checked at send time:
 * someone who lost access to a thread after being mentioned in it is told nothing of it; nobody
 * whose preference is off or whose LMS shares no address gets anything; one-click unsubscribe
 * (RFC 8058) works without a session and refuses a forged token; a digest the SMTP server could
 * not take is sent later, once; and two nodes send each digest once. The tests wait for digest days
 * side by side (each with people of its own); the one that stops the SMTP server runs alone.
 */
class DigestsIT {

    /** Held exclusively by the test that stops the SMTP server (and starts a new one, empty). */
    static final String SMTP = "digests-smtp";

    static final int DAY = 3;
    static final Duration WAIT = Duration.ofSeconds(DAY * 7L + 25);

    static int smtpPort;
    static GreenMail smtp;
    static PayaraMicroServer server;
    static ToolClient tool;
    static TestPlatform platform;

    static Map<String, String> settings() {
        return Map.of("thirdspace.mail.smtp.host", "127.0.0.1",
                "thirdspace.mail.smtp.port", String.valueOf(smtpPort),
                "thirdspace.mail.smtp.tls", "none",
                "thirdspace.mail.from", "Thirdspace <community@example.test>",
                "thirdspace.digest.day-seconds", String.valueOf(DAY),
                "thirdspace.digest.tick-seconds", "1",
                "thirdspace.digest.retry-seconds", "1",
                "thirdspace.digest.lease-seconds", "10",
                "thirdspace.safety.posts-per-minute", "1000");
    }

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.external-url", "").isBlank(), "starts its own server and SMTP server");
        smtpPort = PayaraMicroServer.freePort();
        smtp = startSmtp();
        server = PayaraMicroServer.start("digests", Files.createTempDirectory("thirdspace-digests-"), settings());
        server.awaitReady(PayaraMicroServer.START_TIMEOUT);
        tool = new ToolClient(server);
        platform = TestPlatform.register(tool);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** A launch from {@code course} whose LMS shares this e-mail address (null: none, as privacy settings may have it). */
    static Member person(String subject, String course, List<String> roles, String email) {
        return Member.landed(tool, platform.launch(tool.browser(), subject, roles, c -> {
            c.claim(TestPlatform.LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course));
            c.claim(TestPlatform.LTI + "resource_link", Map.of("id", course + "-link", "title", "Community"));
            c.claim("name", "Person " + subject);
            c.claim("email", email);
        }));
    }

    static String address(String subject) {
        return subject + "@example.test";
    }

    static void prefer(Member member, String frequency) {
        assertThat(member.ok("PUT", "/api/me/digest", "{\"frequency\": \"" + frequency + "\"}")).containsEntry("frequency", frequency);
    }

    static String mention(Member member) {
        return "[@someone](mention:" + member.personId() + ")";
    }

    static List<MimeMessage> mailTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Address[] to = message.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address))) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    static MimeMessage awaitMail(String address, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mail = mailTo(address);
            if (!mail.isEmpty()) {
                return mail.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no digest reached " + address + " within " + within);
    }

    static String text(MimeMessage message, String type) throws MessagingException, IOException {
        Multipart alternatives = (Multipart) message.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            if (alternatives.getBodyPart(i).isMimeType(type)) {
                return (String) alternatives.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SMTP, mode = ResourceAccessMode.READ)
    void aDigestTellsOnlyWhatTheRecipientMayStillReadAndNothingToThoseWhoOptedOutOrShareNoAddress() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String courseA = "digest-a-" + id;
        String courseB = "digest-b-" + id;
        Member facilitator = person("f-" + id, courseA, List.of(INSTRUCTOR), address("f-" + id));
        String spaceA = facilitator.createSpace("Digest A " + id);
        String spaceB = person("f-" + id, courseB, List.of(INSTRUCTOR), address("f-" + id)).createSpace("Digest B " + id);
        Member leaver = person("leaver-" + id, courseA, List.of(LEARNER), address("leaver-" + id));
        Member stayer = person("stayer-" + id, courseA, List.of(LEARNER), address("stayer-" + id));
        person("stayer-" + id, courseB, List.of(LEARNER), address("stayer-" + id));
        Member optedOut = person("off-" + id, courseA, List.of(LEARNER), address("off-" + id));
        Member private_ = person("private-" + id, courseA, List.of(LEARNER), null);
        for (Member m : List.of(stayer, private_)) {
            prefer(m, "DAILY");
        }
        prefer(optedOut, "OFF");
        // The leaver's digests stay off until the thread has moved: a digest day ending between the
        // mention and the move would rightly tell them. Their first digest then covers the mention.
        prefer(leaver, "OFF");
        String thread = facilitator.startThread(spaceA, "Budget for the offsite " + id, "What can we spend?");
        facilitator.reply(thread, "Asking " + mention(leaver) + " " + mention(stayer) + " " + mention(optedOut) + " " + mention(private_)
                + " for **figures**");
        // After the mention, the thread moves to space B: the stayer is a member there, the leaver is not.
        assertThat(facilitator.send("POST", "/api/threads/" + thread + "/move", "{\"spaceId\": \"" + spaceB + "\"}").status()).isEqualTo(204);
        prefer(leaver, "DAILY");

        MimeMessage digest = awaitMail(address("stayer-" + id), WAIT);
        assertThat(digest.getSubject()).contains("Your day in Thirdspace");
        assertThat(digest.getHeader("List-Unsubscribe")[0]).startsWith("<" + server.url("/digest/unsubscribe?token=")).endsWith(">");
        assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(digest.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(digest.getContentType()).startsWith("multipart/alternative");
        assertThat(text(digest, "text/plain")).contains("Budget for the offsite " + id).contains("You were mentioned").contains("figures");
        assertThat(text(digest, "text/html")).contains("<strong>figures</strong>").contains("Budget for the offsite " + id)
                .contains("#/threads/" + thread);

        // Two more digest days: long enough for anyone else's daily digest to have gone.
        Thread.sleep(DAY * 2000L + 2000);
        assertThat(mailTo(address("leaver-" + id))).as("the leaver may no longer read the thread: nothing to tell").isEmpty();
        assertThat(mailTo(address("off-" + id))).as("digests off").isEmpty();
        assertThat(mailTo("private-" + id)).as("the LMS shares no address").isEmpty();
        assertThat(mailTo(address("stayer-" + id))).as("one digest, not one per tick").hasSize(1);
        assertThat(private_.ok("/api/me/digest")).containsEntry("hasEmail", false).containsEntry("mailEnabled", true);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SMTP, mode = ResourceAccessMode.READ)
    void aDailyDigestComesEveryDayAndAWeeklyOneOnlyAfterSeven() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String course = "digest-freq-" + id;
        Member facilitator = person("f-" + id, course, List.of(INSTRUCTOR), address("f-" + id));
        String space = facilitator.createSpace("Frequencies " + id);
        Member daily = person("daily-" + id, course, List.of(LEARNER), address("daily-" + id));
        Member weekly = person("weekly-" + id, course, List.of(LEARNER), address("weekly-" + id));
        Member elsewhere = person("elsewhere-" + id, "digest-other-" + id, List.of(LEARNER), address("elsewhere-" + id));
        prefer(elsewhere, "DAILY");
        assertThat(weekly.ok("/api/me/digest")).as("the default").containsEntry("frequency", "WEEKLY").containsEntry("chosen", false);
        Instant mentioned = Instant.now();
        String thread = facilitator.startThread(space, "Rota " + id, "Who takes Monday?");
        facilitator.reply(thread, mention(daily) + " and " + mention(weekly) + ", can you?");
        // A weekly synthesis of the space: its members read it, someone of another course does not.
        String synthesis = (String) facilitator.ok("POST", "/api/artifacts", "{\"threadId\": \"" + thread
                + "\", \"type\": \"WEEKLY_SYNTHESIS\", \"title\": \"Week of " + id + "\"}").get("id");
        // Published (reviewed): a weekly synthesis still in draft is its synthesizer's, and no digest carries it.
        facilitator.ok("POST", "/api/artifacts/" + synthesis + "/verification", "{\"verification\": \"PEER_REVIEWED\"}");
        facilitator.ok("POST", "/api/artifacts", "{\"threadId\": \"" + thread + "\", \"type\": \"WEEKLY_SYNTHESIS\", \"title\": \"Unpublished "
                + id + "\"}");
        // Daily only now, with the mention recorded: a digest day ending during the setup above would
        // rightly send a digest with only part of it.
        for (int i = 0; i < 40 && !daily.send("GET", "/api/notifications", null).body().contains(thread); i++) {
            Thread.sleep(250);
        }
        prefer(daily, "DAILY");

        MimeMessage dailyDigest = awaitMail(address("daily-" + id), Duration.ofSeconds(DAY * 3L + 10));
        assertThat(mailTo(address("weekly-" + id))).as("a week has not passed yet").isEmpty();
        assertThat(text(dailyDigest, "text/plain")).contains("Weekly syntheses").contains("Week of " + id).contains("You were mentioned")
                .doesNotContain("Unpublished " + id);
        MimeMessage weeklyDigest = awaitMail(address("weekly-" + id), WAIT);
        assertThat(Duration.between(mentioned, Instant.now())).as("not before a week of digest days").isGreaterThan(Duration.ofSeconds(DAY * 5L));
        assertThat(weeklyDigest.getSubject()).contains("Your week in Thirdspace");
        assertThat(text(weeklyDigest, "text/plain")).contains("Rota " + id).contains("Week of " + id).doesNotContain("Unpublished " + id);
        assertThat(mailTo(address("elsewhere-" + id))).as("not a member of the space: nothing to read, no digest").isEmpty();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SMTP, mode = ResourceAccessMode.READ)
    void aBadPreferenceIsRefusedAndChangesNothing() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Member member = person("bad-" + id, "digest-bad-" + id, List.of(LEARNER), address("bad-" + id));
        ToolClient.Reply refused = member.send("PUT", "/api/me/digest", "{\"frequency\": \"hourly\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("weekly, daily or off");
        assertThat(member.send("PUT", "/api/me/digest", "{}").status()).isEqualTo(400);
        assertThat(member.ok("/api/me/digest")).containsEntry("frequency", "WEEKLY").containsEntry("chosen", false);
        assertThat(tool.json("GET", "/api/me/digest", null).status()).as("no session").isEqualTo(401);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SMTP, mode = ResourceAccessMode.READ)
    void oneClickUnsubscribeWorksWithoutASessionAndAForgedTokenIsRefused() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String course = "digest-unsub-" + id;
        Member facilitator = person("f-" + id, course, List.of(INSTRUCTOR), address("f-" + id));
        String space = facilitator.createSpace("Unsubscribe " + id);
        Member reader = person("reader-" + id, course, List.of(LEARNER), address("reader-" + id));
        prefer(reader, "DAILY");
        String thread = facilitator.startThread(space, "News " + id, "Hello");
        facilitator.reply(thread, "Welcome " + mention(reader));
        MimeMessage digest = awaitMail(address("reader-" + id), WAIT);
        String link = digest.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        URI uri = URI.create(link);
        String path = uri.getRawPath() + "?" + uri.getRawQuery();
        String token = uri.getQuery().substring("token=".length());
        assertThat(text(digest, "text/plain")).contains(link);

        ToolClient.Browser stranger = tool.browser();
        ToolClient.Reply page = stranger.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Stop the digests").contains("method=\"post\"");
        assertThat(reader.ok("/api/me/digest")).as("a GET (a mail scanner) changes nothing").containsEntry("frequency", "DAILY");

        // Forged: another person's id with this token's signature, a changed signature, garbage.
        String[] parts = token.split("\\.");
        for (String forged : List.of(facilitator.personId() + "." + parts[1], parts[0] + "." + parts[1].substring(1) + "A", "nonsense", "")) {
            ToolClient.Reply refused = stranger.postForm("/digest/unsubscribe?token=" + forged, Map.of("List-Unsubscribe", "One-Click"));
            assertThat(refused.status()).as(forged).isEqualTo(403);
            assertThat(refused.body()).contains("not valid");
        }
        assertThat(reader.ok("/api/me/digest")).containsEntry("frequency", "DAILY");
        assertThat(facilitator.ok("/api/me/digest")).containsEntry("frequency", "WEEKLY");

        // What a mail program sends (RFC 8058 §3.1): a POST with List-Unsubscribe=One-Click, no cookie, no session.
        ToolClient.Reply done = stranger.postForm(path, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("unsubscribed");
        assertThat(reader.ok("/api/me/digest")).containsEntry("frequency", "OFF").containsEntry("chosen", true);
        assertThat(stranger.postForm(path, Map.of("List-Unsubscribe", "One-Click")).status()).as("again: still fine").isEqualTo(200);

        facilitator.reply(thread, "Still there, " + mention(reader) + "?");
        Thread.sleep(DAY * 3000L);
        assertThat(mailTo(address("reader-" + id))).as("nothing after unsubscribing").hasSize(1);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(SMTP)
    void aDigestTheSmtpServerDidNotTakeIsSentLaterExactlyOnce() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String course = "digest-retry-" + id;
        Member facilitator = person("f-" + id, course, List.of(INSTRUCTOR), address("f-" + id));
        String space = facilitator.createSpace("Retry " + id);
        Member reader = person("retry-" + id, course, List.of(LEARNER), address("retry-" + id));
        prefer(reader, "DAILY");
        smtp.stop();
        String failure = "Digest to person " + reader.personId() + " not sent; trying again";
        try {
            String thread = facilitator.startThread(space, "Outage " + id, "Is mail down?");
            facilitator.reply(thread, "Tell " + mention(reader));
            // Until this digest was tried and failed. A round stops after three failures in a row (the
            // server is down), so the digests due before this one in the round's order are tried and
            // put off first: how long that takes depends on who else is due, not on a fixed time.
            Instant deadline = Instant.now().plus(WAIT);
            while (!Files.readString(server.log()).contains(failure)) {
                assertThat(Instant.now()).as("a send of the digest failed while the SMTP server was down").isBefore(deadline);
                Thread.sleep(250);
            }
        } finally {
            smtp = startSmtp();
        }
        MimeMessage digest = awaitMail(address("retry-" + id), WAIT);
        assertThat(text(digest, "text/plain")).contains("Outage " + id);
        Thread.sleep(DAY * 2000L);
        assertThat(mailTo(address("retry-" + id))).as("delivered exactly once").hasSize(1);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SMTP, mode = ResourceAccessMode.READ)
    void twoNodesSendEachDigestOnce() throws Exception {
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.db.url", "").startsWith("jdbc:postgresql:"),
                "a second node needs the shared PostgreSQL database");
        try (PayaraMicroServer nodeB = PayaraMicroServer.start("digests-node-b", Files.createTempDirectory("thirdspace-digests-b-"), settings())) {
            nodeB.awaitReady(PayaraMicroServer.START_TIMEOUT);
            String id = UUID.randomUUID().toString().substring(0, 8);
            String course = "digest-two-" + id;
            Member facilitator = person("f-" + id, course, List.of(INSTRUCTOR), address("f-" + id));
            String space = facilitator.createSpace("Two nodes " + id);
            List<Member> readers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Member reader = person("two-" + i + "-" + id, course, List.of(LEARNER), address("two-" + i + "-" + id));
                prefer(reader, "DAILY");
                readers.add(reader);
            }
            String thread = facilitator.startThread(space, "Both nodes " + id, "Who sends?");
            facilitator.reply(thread, String.join(" ", readers.stream().map(DigestsIT::mention).toList()));
            for (int i = 0; i < readers.size(); i++) {
                awaitMail(address("two-" + i + "-" + id), WAIT);
            }
            Thread.sleep(DAY * 2000L);
            for (int i = 0; i < readers.size(); i++) {
                assertThat(mailTo(address("two-" + i + "-" + id))).as("reader " + i).hasSize(1);
            }
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SMTP, mode = ResourceAccessMode.READ)
    void whoChoseNoFrequencyGetsTheirOrganisationsDefault() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        TestPlatform daily = TestPlatform.register(tool);
        assertThat(tool.admin("PUT", "/api/admin/organisations/" + daily.registrationId() + "/defaults",
                "{\"reportThreshold\": 3, \"digestDefault\": \"daily\", \"spaceCreation\": \"INSTRUCTORS_AND_ADMINS\"}").status())
                .isEqualTo(200);
        String course = "digest-org-" + id;
        java.util.function.BiFunction<String, List<String>, Member> launch = (subject, roles) -> Member.landed(tool,
                daily.launch(tool.browser(), subject, roles, c -> {
                    c.claim(TestPlatform.LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course));
                    c.claim(TestPlatform.LTI + "resource_link", Map.of("id", course + "-link", "title", "Community"));
                    c.claim("name", "Person " + subject);
                    c.claim("email", address(subject));
                }));
        Member facilitator = launch.apply("f-" + id, List.of(INSTRUCTOR));
        String space = facilitator.createSpace("Organisation default " + id);
        Member unchosen = launch.apply("unchosen-" + id, List.of(LEARNER));
        Member weekly = launch.apply("weekly-" + id, List.of(LEARNER));
        prefer(weekly, "WEEKLY");
        assertThat(unchosen.ok("/api/me/digest")).containsEntry("frequency", "DAILY").containsEntry("chosen", false);
        String thread = facilitator.startThread(space, "Shift swap " + id, "Who can cover Friday?");
        facilitator.reply(thread, "Asking " + mention(unchosen) + " " + mention(weekly));

        MimeMessage digest = awaitMail(address("unchosen-" + id), Duration.ofSeconds(DAY * 3L + 10));
        assertThat(digest.getSubject()).as("the organisation's daily default, not the tool's weekly one").contains("Your day in Thirdspace");
        assertThat(mailTo(address("weekly-" + id))).as("their own weekly choice: not after a day").isEmpty();
    }
}
