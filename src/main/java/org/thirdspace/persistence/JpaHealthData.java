package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.health.ContributorPosts;
import org.thirdspace.community.health.HealthData;
import org.thirdspace.community.health.HealthScope;
import org.thirdspace.community.health.KnowledgeYield;
import org.thirdspace.community.health.MemberActivity;
import org.thirdspace.community.health.Period;
import org.thirdspace.community.health.ReplyTie;
import org.thirdspace.community.health.ThreadResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.thirdspace.persistence.NativeQuery.instant;
import static org.thirdspace.persistence.NativeQuery.number;
import static org.thirdspace.persistence.NativeQuery.uuid;

/**
 * Community health's facts, each a grouped query over the scope's threads (by organisation or space,
 * both indexed): a health page costs a handful of statements whatever the number of members.
 */
@ApplicationScoped
@Transactional
public class JpaHealthData implements HealthData {

    private static final CustomValuesConverter CUSTOM = new CustomValuesConverter();

    private EntityManager em;

    protected JpaHealthData() {
    }

    @Inject
    public JpaHealthData(EntityManager em) {
        this.em = em;
    }

    /** The scope as a condition on a thread (or artifact) aliased {@code alias}. */
    private static NativeQuery scoped(NativeQuery query, String alias, HealthScope scope) {
        return scope.wholeOrganisation() ? query.sql(" " + alias + ".organisation_id = ?", scope.organisationId())
                : query.sql(" " + alias + ".space_id = ?", scope.spaceId());
    }

    @Override
    public Set<UUID> members(HealthScope scope) {
        NativeQuery query = scope.wholeOrganisation()
                ? new NativeQuery().sql("select id from person where organisation_id = ? and status <> 'ERASED'", scope.organisationId())
                : new NativeQuery().sql("select person_id from (select cm.person_id from course_membership cm"
                        + " join space_course sc on sc.course_context_id = cm.course_context_id where sc.space_id = ? and cm.status = 'ACTIVE'"
                        + " union select m.person_id from space_member m where m.space_id = ? and m.role is not null) members"
                        + " where person_id not in (select l.person_id from space_member l where l.space_id = ? and l.status = 'LEFT')",
                        scope.spaceId(), scope.spaceId(), scope.spaceId());
        Set<UUID> members = new HashSet<>();
        query.rows(em).forEach(r -> members.add(uuid(r[0])));
        return members;
    }

    @Override
    public List<Map<UUID, MemberActivity>> activity(HealthScope scope, List<Period> periods) {
        Instant start = periods.stream().map(Period::from).min(Instant::compareTo).orElseThrow();
        Instant end = periods.stream().map(Period::to).max(Instant::compareTo).orElseThrow();
        // One pass over the span, a column per period and kind (threads, replies, reads): the posts of
        // an organisation's month are read once, not once per period (ix_post_written).
        NativeQuery query = new NativeQuery().sql("select person_id");
        for (int i = 0; i < periods.size(); i++) {
            query.sql(", sum(t" + i + "), sum(r" + i + "), max(v" + i + ")");
        }
        query.sql(" from (select p.author_id person_id");
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            query.sql(", case when p.created_at >= ? and p.created_at < ? and p.opening then 1 else 0 end t" + i, period.from(), period.to())
                    .sql(", case when p.created_at >= ? and p.created_at < ? and not p.opening then 1 else 0 end r" + i, period.from(),
                            period.to())
                    .sql(", 0 v" + i);
        }
        query.sql(" from post p join thread t on t.id = p.thread_id where");
        scoped(query, "t", scope).sql(" and p.created_at >= ? and p.created_at < ? and p.deleted_at is null union all select r.person_id",
                start, end);
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            query.sql(", 0, 0, case when r.last_read_at >= ? and r.last_read_at < ? then 1 else 0 end", period.from(), period.to());
        }
        query.sql(" from thread_read r join thread t on t.id = r.thread_id where");
        scoped(query, "t", scope).sql(" and r.last_read_at >= ? and r.last_read_at < ?) a group by person_id", start, end);
        List<Map<UUID, MemberActivity>> activity = new ArrayList<>();
        periods.forEach(p -> activity.add(new HashMap<>()));
        for (Object[] r : query.rows(em)) {
            UUID person = uuid(r[0]);
            for (int i = 0; i < periods.size(); i++) {
                MemberActivity a = new MemberActivity(number(r[1 + 3 * i]), number(r[2 + 3 * i]), number(r[3 + 3 * i]) > 0);
                if (a.active()) {
                    activity.get(i).put(person, a);
                }
            }
        }
        return activity;
    }

    @Override
    public List<ThreadResponse> responses(HealthScope scope, Instant from, Instant to) {
        NativeQuery query = new NativeQuery().sql("select t.id, t.created_at, (select min(r.created_at) from post r where r.thread_id = t.id"
                + " and r.opening = false and r.author_id <> t.author_id and r.deleted_at is null) from thread t where");
        scoped(query, "t", scope).sql(" and t.deleted_at is null and t.created_at >= ? and t.created_at < ?", from, to);
        return query.rows(em).stream().map(r -> new ThreadResponse(uuid(r[0]), instant(r[1]), instant(r[2]))).toList();
    }

    @Override
    public List<ReplyTie> ties(HealthScope scope, Instant from, Instant to) {
        // A reply without a parent answers the thread's opening post, whose author is the thread's.
        NativeQuery query = new NativeQuery().sql("select r.author_id, coalesce(p.author_id, t.author_id) from post r"
                + " join thread t on t.id = r.thread_id left join post p on p.id = r.parent_id where");
        scoped(query, "t", scope).sql(" and r.opening = false and r.deleted_at is null and r.created_at >= ? and r.created_at < ?", from, to);
        return query.rows(em).stream().map(r -> new ReplyTie(uuid(r[0]), uuid(r[1])))
                .filter(tie -> !tie.from().equals(tie.to())).toList();
    }

    @Override
    public List<ContributorPosts> newContributors(HealthScope scope, Collection<UUID> candidates, Instant from, Instant to) {
        Period period = new Period(from, to);
        List<ContributorPosts> found = new ArrayList<>();
        for (List<UUID> chunk : JpaRosters.chunks(candidates)) {
            // Each candidate's first two posts in the scope (ix_post_author): only theirs are read.
            NativeQuery query = new NativeQuery().sql("select author_id, created_at, rn from (select p.author_id, p.created_at,"
                    + " row_number() over (partition by p.author_id order by p.created_at, p.id) rn"
                    + " from post p join thread t on t.id = p.thread_id where");
            scoped(query, "t", scope).sql(" and p.deleted_at is null and p.author_id in ").in(chunk)
                    .sql(") x where rn <= 2");
            Map<UUID, Instant[]> posts = new LinkedHashMap<>();
            for (Object[] r : query.rows(em)) {
                posts.computeIfAbsent(uuid(r[0]), k -> new Instant[2])[(int) number(r[2]) - 1] = instant(r[1]);
            }
            posts.forEach((person, times) -> {
                if (times[0] != null && period.contains(times[0])) {
                    found.add(new ContributorPosts(person, times[0], times[1]));
                }
            });
        }
        return found;
    }

    @Override
    public Map<UUID, Map<String, String>> units(HealthScope scope, Collection<UUID> people) {
        Set<UUID> wanted = Set.copyOf(people);
        Map<UUID, Map<String, String>> units = new HashMap<>();
        if (wanted.isEmpty()) {
            return units;
        }
        // The organisation's memberships that carry values, in one statement rather than one per few hundred people.
        for (Object[] r : new NativeQuery().sql("select cm.person_id, cm.custom from course_membership cm join person p on p.id = cm.person_id"
                + " where p.organisation_id = ? and cm.custom is not null", scope.organisationId()).rows(em)) {
            UUID person = uuid(r[0]);
            Map<String, String> custom = wanted.contains(person) ? CUSTOM.convertToEntityAttribute((String) r[1]) : null;
            if (custom == null) {
                continue;
            }
            Map<String, String> unit = units.computeIfAbsent(person, k -> new HashMap<>());
            custom.forEach((key, value) -> {
                String name = key.toLowerCase(Locale.ROOT).replaceFirst("^custom_", "");
                if (name.equals("function")) {
                    name = "department";
                }
                if ((name.equals("department") || name.equals("region")) && value != null && !value.isBlank()) {
                    unit.putIfAbsent(name, value.strip());
                }
            });
        }
        return units;
    }

    @Override
    public KnowledgeYield yield(HealthScope scope, Instant now) {
        NativeQuery cited = new NativeQuery().sql("select count(distinct s.thread_id) from artifact_source s join artifact a on a.id = s.artifact_id where");
        long threads = number(scoped(cited, "a", scope).rows(em).get(0)[0]);
        NativeQuery artifacts = new NativeQuery().sql("select verification, review_from, review_interval_days from artifact a where");
        long count = 0;
        long verified = 0;
        long due = 0;
        for (Object[] r : scoped(artifacts, "a", scope).sql(" and a.verification <> 'OBSOLETE'").rows(em)) {
            count++;
            String state = (String) r[0];
            if (state.equals("PEER_REVIEWED") || state.equals("EXPERT_VERIFIED")) {
                verified++;
            }
            if (!instant(r[1]).plus(Duration.ofDays(number(r[2]))).isAfter(now)) {
                due++;
            }
        }
        return new KnowledgeYield(threads, count, verified, due);
    }
}
