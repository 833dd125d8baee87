package org.thirdspace.it;

import java.util.List;
import java.util.Set;

import static org.thirdspace.it.Member.LEARNER;

/**
 * One simulated learner of a course's space, as the cluster tests drive it: a launch now and then
 * (a new person each time), otherwise the space's feed, its thread, and a reply to the thread. Every
 * acknowledged reply's id is kept, so a test can check that none was lost.
 */
final class SimulatedMember {

    /** What a step did, and why it failed (null when it did not). */
    record Step(String what, String failure) {
    }

    private final ToolClient tool;
    private final TestPlatform platform;
    private final String course;
    private final String space;
    private final String thread;
    private final String name;
    private final int launchEvery;
    private final int replyEvery;
    private final Set<String> acknowledged;
    private Member member;

    /** Launches every {@code launchEvery} steps, replies every {@code replyEvery}, and reads in between. */
    SimulatedMember(ToolClient tool, TestPlatform platform, String course, String space, String thread, String name,
                    int launchEvery, int replyEvery, Set<String> acknowledged) {
        this.tool = tool;
        this.platform = platform;
        this.course = course;
        this.space = space;
        this.thread = thread;
        this.name = name;
        this.launchEvery = launchEvery;
        this.replyEvery = replyEvery;
        this.acknowledged = acknowledged;
    }

    Step step(int i) {
        String what = member == null || i % launchEvery == 0 ? "launch" : i % replyEvery == 0 ? "reply" : i % 2 == 0 ? "feed" : "thread";
        try {
            switch (what) {
                case "launch" -> {
                    member = null;
                    member = Member.launch(tool, platform, name + "-" + i + "-" + course, List.of(LEARNER), course);
                }
                case "reply" -> {
                    ToolClient.Reply reply = member.send("POST", "/api/threads/" + thread + "/replies",
                            "{\"body\": \"" + name + ", round " + i + "\"}");
                    check(reply, what);
                    acknowledged.add((String) reply.json().get("id"));
                }
                case "feed" -> check(member.get("/api/spaces/" + space + "/feed"), what);
                default -> check(member.get("/api/threads/" + thread), what);
            }
            return new Step(what, null);
        } catch (AssertionError | RuntimeException e) {
            return new Step(what, String.valueOf(e.getMessage()));
        }
    }

    private static void check(ToolClient.Reply reply, String what) {
        if (reply.status() < 200 || reply.status() > 299) {
            throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
        }
    }
}
