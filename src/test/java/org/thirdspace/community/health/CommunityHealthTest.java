package org.thirdspace.community.health;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Figures computed by hand for a small, fixed community of ten people, p0–p9. */
class CommunityHealthTest {

    static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
    static final Instant FROM = NOW.minus(Duration.ofDays(30));
    static final HealthScope SCOPE = new HealthScope(UUID.randomUUID(), null);
    static final List<UUID> P = IntStream.range(0, 10).mapToObj(i -> new UUID(0, i)).toList();

    /** The facts, as the database would answer them. */
    static class Facts implements HealthData {
        Set<UUID> members = new LinkedHashSet<>(P);
        Map<UUID, MemberActivity> now = new HashMap<>();
        Map<UUID, MemberActivity> before = new HashMap<>();
        List<ThreadResponse> responses = new ArrayList<>();
        List<ReplyTie> ties = new ArrayList<>();
        List<ContributorPosts> newcomers = new ArrayList<>();
        Map<UUID, Map<String, String>> units = new HashMap<>();

        public Set<UUID> members(HealthScope scope) {
            return members;
        }

        public List<Map<UUID, MemberActivity>> activity(HealthScope scope, List<Period> periods) {
            return periods.stream().map(p -> p.to().equals(FROM) ? before : now).toList();
        }

        public List<ThreadResponse> responses(HealthScope scope, Instant from, Instant to) {
            return responses;
        }

        public List<ReplyTie> ties(HealthScope scope, Instant from, Instant to) {
            return ties;
        }

        public List<ContributorPosts> newContributors(HealthScope scope, Collection<UUID> candidates, Instant from, Instant to) {
            return newcomers;
        }

        public Map<UUID, Map<String, String>> units(HealthScope scope, Collection<UUID> people) {
            return units;
        }

        public KnowledgeYield yield(HealthScope scope, Instant now) {
            return new KnowledgeYield(2, 3, 1, 1);
        }
    }

    static Facts community() {
        Facts f = new Facts();
        for (int i = 0; i < 5; i++) {
            f.now.put(P.get(i), new MemberActivity(1, 0, true));        // p0–p4 started a thread: creators
            f.before.put(P.get(i), new MemberActivity(0, 0, true));     // ... and only read before: moved inward
            f.before.put(P.get(i + 5), new MemberActivity(0, 2, false)); // p5–p9 replied before, nothing now: drifted out
            f.units.put(P.get(i), Map.of("department", "Sales", "region", "EMEA"));
            f.units.put(P.get(i + 5), Map.of("department", "Ops", "region", i == 1 ? "APAC" : "EMEA"));
        }
        Instant started = NOW.minus(Duration.ofHours(100));
        for (int hours = 1; hours <= 5; hours++) {
            f.responses.add(new ThreadResponse(UUID.randomUUID(), started, started.plus(Duration.ofHours(hours))));
        }
        f.responses.add(new ThreadResponse(UUID.randomUUID(), started, null));
        for (int i = 0; i < 5; i++) {
            f.ties.add(new ReplyTie(P.get(i), P.get(i + 5)));            // five pairs across departments
        }
        f.ties.add(new ReplyTie(P.get(5), P.get(0)));                    // the same pair again
        f.ties.add(new ReplyTie(P.get(0), P.get(1)));                    // the same department
        Instant first = NOW.minus(Duration.ofDays(40));
        for (int i = 0; i < 10; i++) {
            Instant second = i < 6 ? first.plus(Duration.ofDays(10)) : i == 6 ? first.plus(Duration.ofDays(35)) : null;
            f.newcomers.add(new ContributorPosts(P.get(i), first, second));
        }
        return f;
    }

    @Test
    void theFiguresOfASmallCommunityAreTheOnesCountedByHand() {
        HealthReport r = CommunityHealth.report(community(), SCOPE, FROM, NOW, NOW);

        assertThat(r.members()).isEqualTo(10);
        assertThat(r.split()).isEqualTo(new HealthReport.Split(5L, 0L, 0L, 5L, 0.5, 0.0, 0.0, 0.5));
        assertThat(r.movement()).isEqualTo(new HealthReport.Movement(5L, 5L, 0L));
        // Answered after 1, 2, 3, 4 and 5 hours, one never: nearest-rank median 3 h, 90th percentile 5 h; 1 of 6 waited past 24 and 72 h.
        assertThat(r.responses().threads()).isEqualTo(6);
        assertThat(r.responses().medianHours()).isEqualTo(3.0);
        assertThat(r.responses().p90Hours()).isEqualTo(5.0);
        assertThat(r.responses().unansweredAt24h()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(r.responses().unansweredAt72h()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(r.monthlyActiveShare()).isEqualTo(0.5);
        // Ten newcomers 40 days ago: six posted again within 30 days (one more after 35); nobody can be judged at 90 days yet.
        assertThat(r.newContributors()).isEqualTo(new HealthReport.NewContributors(10L, 0.6, null));
        // Five pairs across departments; across regions only p1–p6, one pair: hidden.
        assertThat(r.ties()).isEqualTo(new HealthReport.Ties(5L, null));
        assertThat(r.yield()).isEqualTo(new KnowledgeYield(2, 3, 1, 1));
    }

    @Test
    void noFigureDescribesFewerThanFivePeople() {
        Facts f = community();
        f.now.remove(P.get(4));                                          // four creators now
        HealthReport r = CommunityHealth.report(f, SCOPE, FROM, NOW, NOW);
        assertThat(r.split().creators()).as("four people").isNull();
        assertThat(r.split().creatorShare()).isNull();
        assertThat(r.split().dormant()).isEqualTo(6);
        assertThat(r.split().contributors()).as("nobody is not somebody").isZero();

        f.members = new LinkedHashSet<>(P.subList(0, 4));
        HealthReport tiny = CommunityHealth.report(f, SCOPE, FROM, NOW, NOW);
        assertThat(tiny.members()).isNull();
        assertThat(tiny.split()).isNull();
        assertThat(tiny.responses()).isNull();
        assertThat(tiny.ties()).isNull();

        assertThat(SmallGroups.count(0)).isZero();
        assertThat(SmallGroups.count(4)).isNull();
        assertThat(SmallGroups.count(5)).isEqualTo(5);
        assertThat(SmallGroups.share(5, 4)).as("a base of four").isNull();
        assertThat(SmallGroups.share(0, 5)).isZero();
    }

    @Test
    void responseTimesNeedFiveAnsweredThreadsAndOnlyOldEnoughThreadsCountAsUnanswered() {
        Instant to = NOW;
        List<ThreadResponse> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            threads.add(new ThreadResponse(UUID.randomUUID(), to.minus(Duration.ofHours(30)), null));  // old enough for 24 h only
        }
        threads.add(new ThreadResponse(UUID.randomUUID(), to.minus(Duration.ofHours(2)), null));       // too young to count
        HealthReport.Responses r = CommunityHealth.responses(threads, to);
        assertThat(r.medianHours()).isNull();
        assertThat(r.unansweredAt24h()).isEqualTo(1.0);
        assertThat(r.unansweredAt72h()).isNull();
    }

    @Test
    void onlyWhoPostedInThePeriodAndNotInTheOneBeforeCanBeNewContributors() {
        Map<UUID, MemberActivity> period = Map.of(P.get(0), new MemberActivity(1, 0, true), P.get(1), new MemberActivity(0, 3, false),
                P.get(2), new MemberActivity(0, 0, true), P.get(3), new MemberActivity(0, 1, false));
        Map<UUID, MemberActivity> before = Map.of(P.get(1), new MemberActivity(0, 1, false), P.get(3), new MemberActivity(0, 0, true));
        // p0 posted and not before; p1 posted before too; p2 only read; p3 only read before.
        assertThat(CommunityHealth.posters(period, before)).containsExactlyInAnyOrder(P.get(0), P.get(3));
    }
}
