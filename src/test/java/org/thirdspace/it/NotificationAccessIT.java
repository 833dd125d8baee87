package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.quote;

/**
 * Notifications never carry what their recipient cannot read. Delivery checks the recipient's
 * access (a peer-group thread, a reply not shared beyond its space, a thread in a space they cannot
 * see), and listing checks it again: every audience (peer group, space, organisation) × every
 * notification kind × a change after delivery (the thread moved, its opening post hidden, the
 * thread narrowed). After the change a notification is listed exactly when its recipient may still
 * read what it names — checked against the expected rule and against the thread page itself. Tags
 * are listed and followed only where the person sees them on some thread.
 */
@ExtendWith(ToolServer.class)
class NotificationAccessIT {

    enum Audience {
        PEER_GROUP, SPACE, ORGANISATION
    }

    enum Kind {
        MENTION, REPLY, AUDIENCE_REQUEST, SHARE_REQUEST, TAGGED_THREAD, MODERATOR_NOTE, REPORT_RECEIVED, REVIEW_REQUESTED, REPORT_DECIDED
    }

    enum Change {
        MOVE, HIDE, NARROW
    }

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    /**
     * One organisation's people: a facilitator of two spaces (A and B, from two courses), a
     * moderator of space A, an author and a group mate (a peer group of A), another member of A,
     * and an outsider who is a member of B only.
     */
    static final class Cast {
        final Member facilitator;
        final Member moderator;
        final Member author;
        final Member groupMate;
        final Member member;
        final Member outsider;
        final String spaceA;
        final String spaceB;
        final String group;

        Cast() {
            String id = UUID.randomUUID().toString().substring(0, 8);
            String courseA = "notify-a-" + id;
            String courseB = "notify-b-" + id;
            String facilitatorSubject = "facilitator-" + id;
            facilitator = Member.launch(tool, platform, facilitatorSubject, List.of(INSTRUCTOR), courseA);
            spaceA = facilitator.createSpace("Space A " + id);
            Member facilitatorInB = Member.launch(tool, platform, facilitatorSubject, List.of(INSTRUCTOR), courseB);
            spaceB = facilitatorInB.createSpace("Space B " + id);
            moderator = Member.launch(tool, platform, "moderator-" + id, List.of(LEARNER), courseA);
            facilitator.ok("PUT", "/api/spaces/" + spaceA + "/members/" + moderator.personId() + "/role", "{\"role\": \"MODERATOR\"}");
            author = Member.launch(tool, platform, "author-" + id, List.of(LEARNER), courseA);
            groupMate = Member.launch(tool, platform, "mate-" + id, List.of(LEARNER), courseA);
            member = Member.launch(tool, platform, "member-" + id, List.of(LEARNER), courseA);
            outsider = Member.launch(tool, platform, "outsider-" + id, List.of(LEARNER), courseB);
            group = (String) facilitator.ok("POST", "/api/spaces/" + spaceA + "/peer-groups", "{\"name\": \"Group " + id + "\", \"members\": [\""
                    + author.personId() + "\", \"" + groupMate.personId() + "\"]}").get("id");
        }

        String thread(Audience audience, String title, String... tags) {
            String tagJson = String.join(",", Stream.of(tags).map(t -> "\"" + t + "\"").toList());
            String json = "{\"title\": " + quote(title) + ", \"body\": \"Opening of " + title + "\", \"tags\": [" + tagJson + "],"
                    + " \"audience\": \"" + audience + "\"" + (audience == Audience.PEER_GROUP ? ", \"peerGroupId\": \"" + group + "\"" : "") + "}";
            return (String) author.ok("POST", "/api/spaces/" + spaceA + "/threads", json).get("id");
        }

        String opening(String thread) {
            return (String) ((Map<?, ?>) ((List<?>) author.ok("/api/threads/" + thread).get("posts")).get(0)).get("id");
        }

        void widen(String thread, Audience to) {
            assertThat(author.ok("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"" + to + "\"}"))
                    .containsEntry("result", "WIDENED");
        }

        String caseOf(String postId) {
            return moderator.get("/api/spaces/" + spaceA + "/moderation/cases").jsonArray().stream().map(c -> (Map<?, ?>) c)
                    .filter(c -> postId.equals(c.get("postId"))).map(c -> (String) c.get("id")).findFirst().orElseThrow();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> notified(Member recipient, Kind kind, String thread) {
        return ((List<Map<String, Object>>) recipient.ok("/api/notifications").get("items")).stream()
                .filter(n -> kind.name().equals(n.get("kind")) && thread.equals(n.get("threadId"))).toList();
    }

    /** What the recipient can read, by the thread page itself: the thread (its title), and the post when one is named. */
    @SuppressWarnings("unchecked")
    static boolean readable(Member recipient, String thread, String post) {
        ToolClient.Reply reply = recipient.get("/api/threads/" + thread);
        if (reply.status() != 200) {
            return false;
        }
        Map<String, Object> view = reply.json();
        if (((Map<String, Object>) view.get("thread")).get("title") == null) {
            return false;
        }
        return post == null || ((List<Map<String, Object>>) view.get("posts")).stream()
                .anyMatch(p -> post.equals(p.get("id")) && !Boolean.TRUE.equals(p.get("deleted")) && p.get("html") != null);
    }

    /** A notification of one kind, delivered to its recipient about a thread of the audience. */
    record Delivered(Member recipient, String thread, String post, boolean needsPost) {
    }

    /** A moderator's notification leads to the queue of the thread's space: they must still moderate it. */
    @SuppressWarnings("unchecked")
    static boolean moderates(Member moderator, String thread) {
        ToolClient.Reply reply = moderator.get("/api/threads/" + thread);
        return reply.status() == 200 && moderator.get("/api/spaces/" + ((Map<String, Object>) reply.json().get("thread")).get("spaceId")
                + "/moderation/cases").status() == 200;
    }

    /**
     * Produces a notification of {@code kind} about a new thread of {@code audience} for the
     * recipient that kind has (see the table in {@link #keeps}); null when the combination cannot
     * exist (the reason is asserted). {@code change} says how the thread must start so that the
     * change can be made (narrowing back needs a widening first).
     */
    static Delivered deliver(Cast cast, Kind kind, Audience audience, Change change) {
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        boolean widenToSpace = audience == Audience.SPACE && change == Change.NARROW;
        String title = kind + " " + audience + " " + change + " " + UUID.randomUUID().toString().substring(0, 6);
        switch (kind) {
            case MENTION -> {
                Member recipient = audience == Audience.PEER_GROUP ? cast.groupMate : cast.member;
                String thread = start(cast, audience, widenToSpace, title);
                String reply = cast.author.reply(thread, "Over to you [@Someone](mention:" + recipient.personId() + ")");
                return new Delivered(recipient, thread, reply, true);
            }
            case REPLY -> {
                Member recipient = audience == Audience.PEER_GROUP ? cast.groupMate : audience == Audience.SPACE ? cast.member : cast.outsider;
                String thread = start(cast, audience, widenToSpace, title);
                recipient.ok("POST", "/api/threads/" + thread + "/follow", null);
                String reply = cast.author.reply(thread, "A reply for the followers");
                return new Delivered(recipient, thread, reply, true);
            }
            case AUDIENCE_REQUEST -> {
                if (audience == Audience.ORGANISATION) {
                    String thread = cast.thread(Audience.ORGANISATION, title);
                    assertThat(cast.facilitator.send("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"ORGANISATION\"}")
                            .status()).as("nothing is wider than the organisation").isEqualTo(400);
                    return null;
                }
                String thread = start(cast, audience, widenToSpace, title);
                cast.facilitator.ok("POST", "/api/threads/" + thread + "/audience",
                        "{\"audience\": \"" + (audience == Audience.PEER_GROUP ? "SPACE" : "ORGANISATION") + "\"}");
                return new Delivered(cast.author, thread, null, false);
            }
            case SHARE_REQUEST -> {
                if (audience == Audience.PEER_GROUP) {
                    return null; // a thread is never widened to a peer group
                }
                Member recipient = audience == Audience.SPACE ? cast.groupMate : cast.member;
                String thread = cast.thread(audience == Audience.SPACE ? Audience.PEER_GROUP : Audience.SPACE, title);
                String reply = recipient.reply(thread, "My own words, not shared yet");
                cast.widen(thread, audience);
                return new Delivered(recipient, thread, reply, true);
            }
            case TAGGED_THREAD -> {
                Member recipient = audience == Audience.PEER_GROUP ? cast.groupMate : audience == Audience.SPACE ? cast.member : cast.outsider;
                if (widenToSpace) {
                    return null; // told when the thread starts; a thread started in the space has no group to narrow back to
                }
                // The tag is seen by everyone on an organisation-wide thread of space B first.
                cast.facilitator.ok("POST", "/api/spaces/" + cast.spaceB + "/threads", "{\"title\": \"Seen by all\", \"body\": \"b\","
                        + " \"audience\": \"ORGANISATION\", \"tags\": [\"" + tag + "\"]}");
                recipient.ok("POST", "/api/tags/" + tag + "/follow", null);
                String thread = cast.thread(audience, title, tag);
                return new Delivered(recipient, thread, null, false);
            }
            case MODERATOR_NOTE -> {
                Member recipient = audience == Audience.PEER_GROUP ? cast.groupMate : cast.member;
                String thread = start(cast, audience, widenToSpace, title);
                String reply = recipient.reply(thread, "A reply that gets a private note");
                cast.moderator.ok("PUT", "/api/posts/" + reply + "/hidden", "{\"reason\": \"let us talk\"}");
                cast.moderator.ok("POST", "/api/moderation/cases/" + cast.caseOf(reply) + "/notes", "{\"text\": \"Could you rephrase?\"}");
                return new Delivered(recipient, thread, reply, true);
            }
            case REPORT_RECEIVED, REVIEW_REQUESTED, REPORT_DECIDED -> {
                Member reporter = audience == Audience.PEER_GROUP ? cast.groupMate : cast.member;
                String thread = start(cast, audience, widenToSpace, title);
                String reply = cast.author.reply(thread, "A reply someone reports");
                reporter.ok("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"SPAM\"}");
                if (kind == Kind.REVIEW_REQUESTED) {
                    cast.author.ok("PUT", "/api/posts/" + reply, "{\"body\": \"A better reply\"}");
                    cast.author.ok("POST", "/api/posts/" + reply + "/review", "{}");
                }
                if (kind == Kind.REPORT_DECIDED) {
                    cast.moderator.ok("POST", "/api/moderation/cases/" + cast.caseOf(reply) + "/transitions",
                            "{\"to\": \"DISMISSED\", \"reason\": \"fine\"}");
                    return new Delivered(reporter, thread, null, false);
                }
                return new Delivered(cast.moderator, thread, reply, true);
            }
        }
        throw new AssertionError(kind);
    }

    private static String start(Cast cast, Audience audience, boolean widenToSpace, String title) {
        if (widenToSpace) {
            String thread = cast.thread(Audience.PEER_GROUP, title);
            cast.widen(thread, Audience.SPACE);
            return thread;
        }
        return cast.thread(audience, title);
    }

    /** Makes the change; false when the change cannot be made to this thread (and that refusal is asserted). */
    static boolean change(Cast cast, Change change, Audience audience, Kind kind, String thread) {
        switch (change) {
            case MOVE -> {
                ToolClient.Reply moved = cast.facilitator.send("POST", "/api/threads/" + thread + "/move", "{\"spaceId\": \"" + cast.spaceB + "\"}");
                if (audience == Audience.PEER_GROUP) {
                    assertThat(moved.status()).as("a peer-group thread stays in its group's space").isEqualTo(400);
                    return false;
                }
                assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
                return true;
            }
            case HIDE -> {
                cast.moderator.ok("PUT", "/api/posts/" + cast.opening(thread) + "/hidden", "{\"reason\": \"needs a look\"}");
                return true;
            }
            case NARROW -> {
                String to = audience == Audience.ORGANISATION ? "SPACE" : "PEER_GROUP";
                ToolClient.Reply narrowed = cast.author.send("POST", "/api/threads/" + thread + "/audience/narrow", "{\"audience\": \"" + to + "\"}");
                if (audience == Audience.PEER_GROUP) {
                    assertThat(narrowed.status()).as("nothing is narrower than a peer group").isEqualTo(400);
                    return false;
                }
                if (audience == Audience.SPACE && kind == Kind.MODERATOR_NOTE) {
                    assertThat(narrowed.status()).as("a member outside the group wrote in it: it no longer narrows to the group")
                            .isEqualTo(409);
                    return false;
                }
                assertThat(narrowed.status()).as(narrowed.toString()).isEqualTo(204);
                return true;
            }
        }
        throw new AssertionError(change);
    }

    /**
     * Whether the recipient still reads what the notification names after the change (see
     * {@link #deliver} for who the recipient is): the rule the listing must follow.
     */
    static boolean keeps(Kind kind, Audience audience, Change change) {
        if (kind == Kind.REPORT_DECIDED) {
            return true; // it names nothing
        }
        return switch (change) {
            // Space A's people are not members of space B; an organisation-wide thread stays readable,
            // except for a reply its author did not share and for the moderators of space A's cases.
            case MOVE -> audience == Audience.ORGANISATION && (kind == Kind.MENTION || kind == Kind.REPLY || kind == Kind.TAGGED_THREAD);
            // Only its author and the space's moderators read a hidden thread.
            case HIDE -> kind == Kind.AUDIENCE_REQUEST || kind == Kind.REPORT_RECEIVED || kind == Kind.REVIEW_REQUESTED;
            // Back to the group: its members and the moderators; back to the space: its members.
            case NARROW -> audience == Audience.SPACE
                    ? kind == Kind.AUDIENCE_REQUEST || kind == Kind.SHARE_REQUEST || kind == Kind.REPORT_RECEIVED || kind == Kind.REVIEW_REQUESTED
                    : kind != Kind.REPLY && kind != Kind.TAGGED_THREAD;
        };
    }

    @TestFactory
    Stream<DynamicTest> everyAudienceTimesEveryKindTimesEveryChangeAfterDelivery() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Cast[] cast = new Cast[1];
            for (Audience audience : Audience.values()) {
                for (Change change : Change.values()) {
                    tests.add(DynamicTest.dynamicTest(kind + " × " + audience + " × " + change, () -> {
                        if (cast[0] == null) {
                            cast[0] = new Cast();
                        }
                        Delivered delivered = deliver(cast[0], kind, audience, change);
                        if (delivered == null) {
                            return;
                        }
                        List<Map<String, Object>> before = notified(delivered.recipient(), kind, delivered.thread());
                        assertThat(before).as("delivered").hasSize(1);
                        if (kind == Kind.REPORT_DECIDED) {
                            assertThat(before.get(0).get("threadTitle")).as("names no thread").isNull();
                            assertThat(before.get(0).get("actorName")).isNull();
                        } else {
                            assertThat(before.get(0).get("threadTitle")).as("names its thread").isNotNull();
                        }
                        if (!change(cast[0], change, audience, kind, delivered.thread())) {
                            return;
                        }
                        boolean listed = !notified(delivered.recipient(), kind, delivered.thread()).isEmpty();
                        boolean expected = keeps(kind, audience, change);
                        assertThat(listed).as("listed after the change").isEqualTo(expected);
                        if (kind != Kind.REPORT_DECIDED) {
                            boolean reads = readable(delivered.recipient(), delivered.thread(), delivered.needsPost() ? delivered.post() : null)
                                    && (kind != Kind.REPORT_RECEIVED && kind != Kind.REVIEW_REQUESTED
                                    || moderates(delivered.recipient(), delivered.thread()));
                            assertThat(reads).as("the thread page (and the queue) agree").isEqualTo(listed);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void deliveryTellsOnlyThoseWhoMayReadIt() {
        Cast cast = new Cast();
        String tag = "delivery-" + UUID.randomUUID().toString().substring(0, 8);
        cast.facilitator.ok("POST", "/api/spaces/" + cast.spaceB + "/threads", "{\"title\": \"Seen by all\", \"body\": \"b\","
                + " \"audience\": \"ORGANISATION\", \"tags\": [\"" + tag + "\"]}");
        for (Member follower : List.of(cast.groupMate, cast.member, cast.outsider)) {
            follower.ok("POST", "/api/tags/" + tag + "/follow", null);
        }
        String inGroup = cast.thread(Audience.PEER_GROUP, "Group only", tag);
        assertThat(notified(cast.groupMate, Kind.TAGGED_THREAD, inGroup)).hasSize(1);
        assertThat(notified(cast.member, Kind.TAGGED_THREAD, inGroup)).as("a member outside the peer group").isEmpty();
        assertThat(notified(cast.outsider, Kind.TAGGED_THREAD, inGroup)).isEmpty();
        String inSpace = cast.thread(Audience.SPACE, "Space only", tag);
        assertThat(notified(cast.member, Kind.TAGGED_THREAD, inSpace)).hasSize(1);
        assertThat(notified(cast.outsider, Kind.TAGGED_THREAD, inSpace)).as("another space's member").isEmpty();
        assertThat(cast.outsider.get("/api/notifications").body()).doesNotContain("Space only").doesNotContain(cast.author.personId());
        String everyone = cast.thread(Audience.ORGANISATION, "For everyone", tag);
        assertThat(notified(cast.outsider, Kind.TAGGED_THREAD, everyone)).hasSize(1);

        // A mention in a peer-group thread reaches only those who can read it.
        String groupThread = cast.thread(Audience.PEER_GROUP, "Mentions in a group");
        cast.author.reply(groupThread, "[@Mate](mention:" + cast.groupMate.personId() + ") and [@Member](mention:" + cast.member.personId() + ")");
        assertThat(notified(cast.groupMate, Kind.MENTION, groupThread)).hasSize(1);
        assertThat(notified(cast.member, Kind.MENTION, groupThread)).isEmpty();

        // An outsider following an organisation-wide thread hears of replies they can read, not of others.
        cast.outsider.ok("POST", "/api/threads/" + everyone + "/follow", null);
        cast.member.reply(everyone, "A member's reply, not shared beyond the space");
        assertThat(notified(cast.outsider, Kind.REPLY, everyone)).isEmpty();
        cast.author.reply(everyone, "The author's reply goes where the thread goes");
        assertThat(notified(cast.outsider, Kind.REPLY, everyone)).hasSize(1);

        // After a move, followers who cannot read the thread hear nothing more of it.
        String moving = cast.thread(Audience.SPACE, "Moving on");
        cast.member.ok("POST", "/api/threads/" + moving + "/follow", null);
        cast.facilitator.ok("POST", "/api/threads/" + moving + "/move", "{\"spaceId\": \"" + cast.spaceB + "\"}");
        cast.outsider.reply(moving, "Written in space B");
        assertThat(notified(cast.member, Kind.REPLY, moving)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tagsAreListedAndFollowedOnlyWhereThePersonSeesThem() {
        Cast cast = new Cast();
        String prefix = "secret" + UUID.randomUUID().toString().substring(0, 6);
        String inB = prefix + "-b";
        String inGroup = prefix + "-group";
        String hidden = prefix + "-hidden";
        cast.facilitator.ok("POST", "/api/spaces/" + cast.spaceB + "/threads", "{\"title\": \"In B\", \"body\": \"b\", \"tags\": [\"" + inB + "\"]}");
        cast.thread(Audience.PEER_GROUP, "In the group", inGroup);
        String hiddenThread = cast.thread(Audience.SPACE, "Soon hidden", hidden);
        cast.moderator.ok("PUT", "/api/posts/" + cast.opening(hiddenThread) + "/hidden", "{}");

        java.util.function.Function<Member, List<String>> suggested = m -> m.get("/api/tags?prefix=" + prefix).jsonArray().stream()
                .map(t -> (String) ((Map<String, Object>) t).get("name")).toList();
        assertThat(suggested.apply(cast.member)).isEmpty();
        assertThat(cast.member.get("/api/tags?prefix=").body()).doesNotContain(prefix);
        assertThat(suggested.apply(cast.groupMate)).containsExactly(inGroup);
        assertThat(suggested.apply(cast.outsider)).containsExactly(inB);
        assertThat(suggested.apply(cast.author)).containsExactlyInAnyOrder(inGroup, hidden);
        assertThat(suggested.apply(cast.moderator)).containsExactlyInAnyOrder(inGroup, hidden);

        for (String tag : List.of(inB, inGroup, hidden)) {
            assertThat(cast.member.send("POST", "/api/tags/" + tag + "/follow", null).status()).as("follow " + tag).isEqualTo(404);
            assertThat(cast.member.get("/api/tags/" + tag).status()).as("hub " + tag).isEqualTo(404);
        }
        assertThat(cast.member.send("POST", "/api/tags/no-such-" + prefix + "/follow", null).status()).isEqualTo(404);
        assertThat(cast.groupMate.send("POST", "/api/tags/" + inGroup + "/follow", null).status()).isEqualTo(204);
        assertThat(cast.outsider.get("/api/tags/" + inB).status()).isEqualTo(200);

        // Once a thread everyone may read carries the tag, everyone sees it.
        cast.facilitator.ok("POST", "/api/spaces/" + cast.spaceB + "/threads", "{\"title\": \"Now for all\", \"body\": \"b\","
                + " \"audience\": \"ORGANISATION\", \"tags\": [\"" + inGroup + "\"]}");
        assertThat(suggested.apply(cast.member)).containsExactly(inGroup);
        assertThat(cast.member.send("POST", "/api/tags/" + inGroup + "/follow", null).status()).isEqualTo(204);
    }
}
