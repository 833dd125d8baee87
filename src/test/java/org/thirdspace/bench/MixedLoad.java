package org.thirdspace.bench;

import org.thirdspace.it.Member;
import org.thirdspace.it.TestPlatform;
import org.thirdspace.it.ToolClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The members' mix, played by virtual users that take the members in turn: a member's first turn
 * starts with a launch from their course; each turn is {@link #ACTIONS_PER_TURN} requests drawn by
 * weight — read a feed, open a thread, search, react to a post of a thread opened before, post a
 * reply (5 %) — in the member's own spaces.
 */
final class MixedLoad {

    static final int ACTIONS_PER_TURN = 10;
    private static final List<String> WORDS = List.of("kaba", "lote", "mirox", "nesi", "sunam", "rakul", "tole", "vimo", "defas", "pogin");
    private static final List<String> REACTIONS = List.of("HELPFUL", "INSIGHTFUL", "THANKS");

    enum Kind {
        LAUNCH("launch", 0), FEED("read the feed", 35), THREAD("open a thread", 30), SEARCH("search", 15), REACT("react", 15),
        POST("post a reply", 5);

        final String label;
        final int weight;

        Kind(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }

        static Kind draw() {
            int roll = ThreadLocalRandom.current().nextInt(100);
            for (Kind kind : values()) {
                roll -= kind.weight;
                if (roll < 0) {
                    return kind;
                }
            }
            throw new IllegalStateException("weights add up to 100");
        }
    }

    /** Also told of every request, with its kind, latency and outcome: the soak's minute-by-minute view. */
    interface Sink {
        void record(Kind kind, long nanos, boolean ok);
    }

    record KindResult(Kind kind, int requests, int errors, double perSecond, double p50, double p95, double p99) {
    }

    record Result(double seconds, List<KindResult> kinds) {

        int requests() {
            return kinds.stream().mapToInt(KindResult::requests).sum();
        }

        int errors() {
            return kinds.stream().mapToInt(KindResult::errors).sum();
        }

        double perSecond() {
            return requests() / seconds;
        }
    }

    /** One of the generated people, signed in once their first turn has launched them. */
    private static final class Seat {
        final String subject;
        final MixedLoadBenchmark.Community.Seat seat;
        volatile Member member;
        volatile List<String> postsSeen = List.of();

        Seat(String subject, MixedLoadBenchmark.Community.Seat seat) {
            this.subject = subject;
            this.seat = seat;
        }
    }

    private final ToolClient tool;
    private final TestPlatform platform;
    private final MixedLoadBenchmark.Community community;
    private final List<Seat> seats = new ArrayList<>();
    private final AtomicLong turn = new AtomicLong();

    /** Members {@code gen-(first+1)} to {@code gen-(first+count)} of the generated community. */
    MixedLoad(ToolClient tool, TestPlatform platform, MixedLoadBenchmark.Community community, int first, int count) {
        this.tool = tool;
        this.platform = platform;
        this.community = community;
        for (int n = first + 1; n <= first + count; n++) {
            MixedLoadBenchmark.Community.Seat seat = community.seats().get(n);
            if (seat != null) {
                seats.add(new Seat("gen-" + n, seat));
            }
        }
    }

    /** How many of the members have launched (and so signed in) so far. */
    int launched() {
        return (int) seats.stream().filter(s -> s.member != null).count();
    }

    /**
     * Plays the mix for {@code duration}; with {@code ratePerSecond} above 0 the virtual users together
     * keep to that rate (an open, paced load), otherwise each sends its next request as soon as the last
     * is answered.
     */
    Result run(Duration duration, double ratePerSecond, Sink sink) throws InterruptedException {
        Map<Kind, LatencyRecorder> latencies = new EnumMap<>(Kind.class);
        Map<Kind, AtomicInteger> errors = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new LatencyRecorder());
            errors.put(kind, new AtomicInteger());
        }
        Sink record = (kind, nanos, ok) -> {
            if (ok) {
                latencies.get(kind).record(nanos);
            } else if (errors.get(kind).incrementAndGet() <= 5) {
                System.err.println(kind.label + " failed");
            }
            if (sink != null) {
                sink.record(kind, nanos, ok);
            }
        };
        long interval = ratePerSecond > 0 ? (long) (MixedLoadBenchmark.VIRTUAL_USERS * 1e9 / ratePerSecond) : 0;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService users = Executors.newFixedThreadPool(MixedLoadBenchmark.VIRTUAL_USERS);
        for (int u = 0; u < MixedLoadBenchmark.VIRTUAL_USERS; u++) {
            // Paced users start spread over one interval, so that the requests are too.
            long firstAt = start + interval * u / MixedLoadBenchmark.VIRTUAL_USERS;
            users.submit(() -> playUntil(end, interval, firstAt, record));
        }
        users.shutdown();
        if (!users.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            users.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<KindResult> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            LatencyRecorder l = latencies.get(kind);
            kinds.add(new KindResult(kind, l.count() + errors.get(kind).get(), errors.get(kind).get(), l.count() / seconds,
                    l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99)));
        }
        return new Result(seconds, kinds);
    }

    private void playUntil(long end, long interval, long firstAt, Sink record) {
        long nextAt = firstAt;
        while (System.nanoTime() < end) {
            Seat seat = seats.get((int) (turn.getAndIncrement() % seats.size()));
            for (int action = 0; action < ACTIONS_PER_TURN && System.nanoTime() < end; action++) {
                if (interval > 0) {
                    nextAt = pace(nextAt, interval);
                }
                Kind kind = seat.member == null ? Kind.LAUNCH : Kind.draw();
                if (kind == Kind.REACT && seat.postsSeen.isEmpty()) {
                    kind = Kind.THREAD; // as a person does: a post to react to is in a thread opened first
                }
                long began = System.nanoTime();
                boolean ok;
                try {
                    ok = act(seat, kind);
                } catch (AssertionError | RuntimeException e) {
                    ok = false;
                }
                record.record(kind, System.nanoTime() - began, ok);
                if (kind == Kind.LAUNCH && !ok) {
                    break;
                }
            }
        }
    }

    /** Sleeps until {@code nextAt}; a user that fell behind starts again from now rather than sending a burst. */
    private static long pace(long nextAt, long interval) {
        long wait = nextAt - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return nextAt + interval;
        }
        return System.nanoTime() + interval;
    }

    @SuppressWarnings("unchecked")
    private boolean act(Seat seat, Kind kind) {
        if (kind == Kind.LAUNCH) {
            seat.member = Member.launch(tool, platform, seat.subject, List.of(Member.LEARNER), seat.seat.course());
            return true;
        }
        Member member = seat.member;
        String space = pick(seat.seat.spaces());
        List<String> threads = community.threadsOf().getOrDefault(space, List.of());
        return switch (kind) {
            case FEED -> ok(member.get("/api/spaces/" + space + "/feed"));
            case THREAD -> {
                if (threads.isEmpty()) {
                    yield ok(member.get("/api/spaces/" + space + "/feed"));
                }
                ToolClient.Reply reply = member.get("/api/threads/" + pick(threads));
                if (ok(reply)) {
                    // People react to others' posts only (the tool refuses a reaction to one's own).
                    seat.postsSeen = ((List<Map<String, Object>>) reply.json().get("posts")).stream()
                            .filter(p -> !member.personId().equals(p.get("authorId")))
                            .map(p -> (String) p.get("id")).toList();
                }
                yield ok(reply);
            }
            case SEARCH -> ok(member.get("/api/search?q=" + URLEncoder.encode(pick(WORDS) + (ThreadLocalRandom.current().nextBoolean()
                    ? " " + pick(WORDS) : ""), StandardCharsets.UTF_8)));
            case REACT -> ok(member.send("PUT", "/api/posts/" + pick(seat.postsSeen) + "/reactions/" + pick(REACTIONS), null));
            case POST -> threads.isEmpty() ? ok(member.get("/api/spaces/" + space + "/feed"))
                    : ok(member.send("POST", "/api/threads/" + pick(threads) + "/replies",
                    "{\"body\": \"" + pick(WORDS) + " " + pick(WORDS) + ", from " + seat.subject + "\"}"));
            case LAUNCH -> throw new IllegalStateException("launched above");
        };
    }

    private static boolean ok(ToolClient.Reply reply) {
        if (reply.status() < 200 || reply.status() > 299) {
            System.err.println(reply.status() + ": " + reply.body().substring(0, Math.min(200, reply.body().length())));
            return false;
        }
        return true;
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
