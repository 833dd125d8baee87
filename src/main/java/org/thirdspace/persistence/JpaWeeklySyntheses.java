package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.community.synthesis.WeeklySyntheses;
import org.thirdspace.community.synthesis.WeeklySynthesis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The weeks' syntheses ({@code weekly_synthesis}) and the weekly run's lease ({@code synthesis_run}).
 * Taking the lease is one conditional update, atomic across nodes, as for course rosters.
 */
@ApplicationScoped
@Transactional
public class JpaWeeklySyntheses implements WeeklySyntheses {

    private static final String COLUMNS = "select organisation_id, space_id, week_start, artifact_id, drafted_at, published_at"
            + " from weekly_synthesis";

    private EntityManager em;

    protected JpaWeeklySyntheses() {
    }

    @Inject
    public JpaWeeklySyntheses(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<WeeklySynthesis> find(UUID organisationId, UUID spaceId, Week week) {
        return read(new NativeQuery().sql(COLUMNS + " where organisation_id = ? and space_id = ? and week_start = ?",
                organisationId, spaceId, week.start()));
    }

    @Override
    public Optional<WeeklySynthesis> latestPublished(UUID organisationId, UUID spaceId, Week from, Week to) {
        return read(new NativeQuery().sql(COLUMNS + " where organisation_id = ? and space_id = ? and week_start >= ? and week_start <= ?"
                + " and published_at is not null order by week_start desc limit 1", organisationId, spaceId, from.start(), to.start()));
    }

    private Optional<WeeklySynthesis> read(NativeQuery sql) {
        return sql.rows(em).stream().findFirst().map(r -> new WeeklySynthesis(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]),
                Week.containing(NativeQuery.instant(r[2])), NativeQuery.uuid(r[3]), NativeQuery.instant(r[4]),
                r[5] == null ? null : NativeQuery.instant(r[5])));
    }

    @Override
    public boolean add(WeeklySynthesis synthesis) {
        return new NativeQuery().sql("insert into weekly_synthesis (space_id, week_start, organisation_id, artifact_id, drafted_at,"
                        + " published_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing", synthesis.spaceId(), synthesis.week().start(),
                synthesis.organisationId(), synthesis.artifactId(), synthesis.draftedAt(), synthesis.publishedAt()).execute(em) == 1;
    }

    @Override
    public void published(UUID spaceId, Week week, Instant now) {
        new NativeQuery().sql("update weekly_synthesis set published_at = ? where space_id = ? and week_start = ?", now, spaceId,
                week.start()).execute(em);
    }

    @Override
    public List<SynthesizedSpace> due(Week week, int limit) {
        List<SynthesizedSpace> due = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (Object[] r : new NativeQuery().sql("select s.organisation_id, s.id, m.person_id, coalesce((select a.locale"
                + " from weekly_synthesis l join artifact a on a.id = l.artifact_id where l.space_id = s.id"
                + " order by l.week_start desc limit 1), p.locale) from space s"
                + " join space_member m on m.space_id = s.id and m.role = 'SYNTHESIZER' and m.status = 'ACTIVE'"
                + " join person p on p.id = m.person_id"
                + " where not s.archived and not exists (select 1 from weekly_synthesis w where w.space_id = s.id and w.week_start = ?)"
                + " order by s.id, m.joined_at, m.person_id limit " + (limit * 10), week.start()).rows(em)) {
            if (seen.add(NativeQuery.uuid(r[1])) && due.size() < limit) {
                due.add(new SynthesizedSpace(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]), NativeQuery.uuid(r[2]), (String) r[3]));
            }
        }
        return due;
    }

    @Override
    public boolean acquireRun(Week week, UUID holder, Instant now, Instant until) {
        new NativeQuery().sql("insert into synthesis_run (week_start) values (?) on conflict do nothing", week.start()).execute(em);
        return new NativeQuery().sql("update synthesis_run set holder = ?, lease_until = ? where week_start = ? and finished_at is null"
                + " and (holder is null or holder = ? or lease_until is null or lease_until < ?)", holder, until, week.start(), holder, now)
                .execute(em) == 1;
    }

    @Override
    public boolean runFinished(Week week) {
        return !new NativeQuery().sql("select 1 from synthesis_run where week_start = ? and finished_at is not null", week.start())
                .rows(em).isEmpty();
    }

    @Override
    public void finishRun(Week week, UUID holder, Instant now) {
        new NativeQuery().sql("update synthesis_run set finished_at = ?, holder = null, lease_until = null where week_start = ?"
                + " and holder = ?", now, week.start(), holder).execute(em);
    }
}
