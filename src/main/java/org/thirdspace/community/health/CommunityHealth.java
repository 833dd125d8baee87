package org.thirdspace.community.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Computes a {@link HealthReport} from the scope's facts; pure, so that its figures can be checked by hand. */
public final class CommunityHealth {

    static final Duration MONTH = Duration.ofDays(30);
    static final Duration QUARTER = Duration.ofDays(90);

    private CommunityHealth() {
    }

    public static HealthReport report(HealthData data, HealthScope scope, Instant from, Instant to, Instant now) {
        Set<UUID> members = data.members(scope);
        long n = members.size();
        if (n < SmallGroups.MINIMUM) {
            // Too few people to say anything about any of them.
            return new HealthReport(from, to, null, null, null, null, null, null, null, data.yield(scope, now), now);
        }
        List<Map<UUID, MemberActivity>> activity = data.activity(scope, List.of(new Period(from, to),
                new Period(from.minus(Duration.between(from, to)), from), new Period(to.minus(MONTH), to)));
        Map<UUID, MemberActivity> now_ = activity.get(0);
        Map<UUID, MemberActivity> before = activity.get(1);
        Map<UUID, MemberActivity> lastMonth = activity.get(2);

        Map<ActivityState, Long> states = new EnumMap<>(ActivityState.class);
        long inward = 0;
        long outward = 0;
        for (UUID member : members) {
            ActivityState state = now_.getOrDefault(member, MemberActivity.NONE).state();
            ActivityState earlier = before.getOrDefault(member, MemberActivity.NONE).state();
            states.merge(state, 1L, Long::sum);
            if (earlier.inwardTo(state)) {
                inward++;
            } else if (state.inwardTo(earlier)) {
                outward++;
            }
        }
        long active = members.stream().filter(m -> lastMonth.getOrDefault(m, MemberActivity.NONE).active()).count();
        return new HealthReport(from, to, n, split(states, n),
                new HealthReport.Movement(SmallGroups.count(inward), SmallGroups.count(outward), SmallGroups.count(n - inward - outward)),
                responses(data.responses(scope, from, to), to),
                SmallGroups.share(active, n),
                newContributors(data.newContributors(scope, posters(now_, before), from, to), now),
                ties(data, scope, data.ties(scope, from, to), members),
                data.yield(scope, now), now);
    }

    /** Who posted in the period but not in the one before it: only they can have posted for the first time. */
    static Set<UUID> posters(Map<UUID, MemberActivity> period, Map<UUID, MemberActivity> before) {
        Set<UUID> posters = new HashSet<>();
        period.forEach((person, activity) -> {
            if (activity.posted() && !before.getOrDefault(person, MemberActivity.NONE).posted()) {
                posters.add(person);
            }
        });
        return posters;
    }

    private static HealthReport.Split split(Map<ActivityState, Long> states, long n) {
        long creators = states.getOrDefault(ActivityState.CREATOR, 0L);
        long contributors = states.getOrDefault(ActivityState.CONTRIBUTOR, 0L);
        long readers = states.getOrDefault(ActivityState.READER, 0L);
        long dormant = states.getOrDefault(ActivityState.DORMANT, 0L);
        return new HealthReport.Split(SmallGroups.count(creators), SmallGroups.count(contributors), SmallGroups.count(readers),
                SmallGroups.count(dormant), SmallGroups.share(creators, n), SmallGroups.share(contributors, n),
                SmallGroups.share(readers, n), SmallGroups.share(dormant, n));
    }

    static HealthReport.Responses responses(List<ThreadResponse> threads, Instant to) {
        List<Double> hours = new ArrayList<>();
        long old24 = 0;
        long unanswered24 = 0;
        long old72 = 0;
        long unanswered72 = 0;
        for (ThreadResponse thread : threads) {
            Duration waited = thread.firstResponseAt() == null ? null : Duration.between(thread.startedAt(), thread.firstResponseAt());
            if (waited != null) {
                hours.add(waited.toMillis() / 3_600_000.0);
            }
            // Only threads that could have waited that long by the end of the period count.
            if (!thread.startedAt().plus(Duration.ofHours(24)).isAfter(to)) {
                old24++;
                if (waited == null || waited.compareTo(Duration.ofHours(24)) > 0) {
                    unanswered24++;
                }
            }
            if (!thread.startedAt().plus(Duration.ofHours(72)).isAfter(to)) {
                old72++;
                if (waited == null || waited.compareTo(Duration.ofHours(72)) > 0) {
                    unanswered72++;
                }
            }
        }
        Collections.sort(hours);
        boolean enough = hours.size() >= SmallGroups.MINIMUM;
        return new HealthReport.Responses(threads.size(), enough ? nearestRank(hours, 0.5) : null, enough ? nearestRank(hours, 0.9) : null,
                old24 < SmallGroups.MINIMUM ? null : (double) unanswered24 / old24,
                old72 < SmallGroups.MINIMUM ? null : (double) unanswered72 / old72);
    }

    /** The nearest-rank percentile of sorted values: the smallest value with at least {@code p} of them at or below it. */
    static double nearestRank(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static HealthReport.NewContributors newContributors(List<ContributorPosts> people, Instant now) {
        return new HealthReport.NewContributors(SmallGroups.count(people.size()), retained(people, now, MONTH), retained(people, now, QUARTER));
    }

    /** Of those whose first post is at least {@code within} ago, the share who posted again within it. */
    private static Double retained(List<ContributorPosts> people, Instant now, Duration within) {
        long base = 0;
        long again = 0;
        for (ContributorPosts person : people) {
            if (!person.first().plus(within).isAfter(now)) {
                base++;
                if (person.second() != null && !person.second().isAfter(person.first().plus(within))) {
                    again++;
                }
            }
        }
        return SmallGroups.share(again, base);
    }

    private static HealthReport.Ties ties(HealthData data, HealthScope scope, List<ReplyTie> replies, Set<UUID> members) {
        Set<UUID> people = new HashSet<>();
        replies.forEach(r -> {
            people.add(r.from());
            people.add(r.to());
        });
        people.retainAll(members);
        Map<UUID, Map<String, String>> units = data.units(scope, people);
        return new HealthReport.Ties(SmallGroups.count(pairsAcross(replies, units, "department", members)),
                SmallGroups.count(pairsAcross(replies, units, "region", members)));
    }

    /** Distinct unordered pairs of members who replied to each other and whose {@code unit} is known and differs. */
    static long pairsAcross(List<ReplyTie> replies, Map<UUID, Map<String, String>> units, String unit, Set<UUID> members) {
        Set<List<UUID>> pairs = new HashSet<>();
        for (ReplyTie reply : replies) {
            if (!members.contains(reply.from()) || !members.contains(reply.to())) {
                continue;
            }
            String a = units.getOrDefault(reply.from(), Map.of()).get(unit);
            String b = units.getOrDefault(reply.to(), Map.of()).get(unit);
            if (a != null && b != null && !a.equalsIgnoreCase(b)) {
                UUID first = reply.from().compareTo(reply.to()) < 0 ? reply.from() : reply.to();
                pairs.add(List.of(first, Objects.equals(first, reply.from()) ? reply.to() : reply.from()));
            }
        }
        return pairs.size();
    }
}
