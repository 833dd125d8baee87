package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.peergroup.formation.GroupSize;
import org.thirdspace.community.peergroup.formation.HardConstraints;
import org.thirdspace.community.peergroup.programme.Cadence;
import org.thirdspace.community.peergroup.programme.DraftMember;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.community.peergroup.programme.FormationState;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.ProgrammeTrigger;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaProgrammes implements Programmes {

    private static final CustomValuesConverter VALUES = new CustomValuesConverter();
    private static final String RUN_COLUMNS = "select id, programme_id, state, progress, seed, report, error, started_by, "
            + "started_at, finished_at from peer_group_formation ";

    private EntityManager em;

    protected JpaProgrammes() {
    }

    @Inject
    public JpaProgrammes(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Programme> ofSpace(UUID spaceId) {
        List<Object[]> rows = new NativeQuery().sql("select id, target_size, min_size, max_size, viable_size, attributes, "
                + "shared_language, overlap_hours, teams_apart, never_together, trigger_kind, cadence, starter_prompts "
                + "from peer_group_programme where space_id = ?", spaceId).rows(em);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        UUID id = NativeQuery.uuid(r[0]);
        List<UUID> courses = new NativeQuery().sql("select course_context_id from peer_group_programme_course "
                + "where programme_id = ? order by course_context_id", id).rows(em).stream().map(c -> NativeQuery.uuid(c[0])).toList();
        Map<String, Double> attributes = new LinkedHashMap<>();
        JsonArray weights = read((String) r[5]).asJsonArray();
        for (JsonValue value : weights) {
            JsonObject entry = value.asJsonObject();
            attributes.put(entry.getString("name"), entry.getJsonNumber("weight").doubleValue());
        }
        List<HardConstraints.Pair> never = new ArrayList<>();
        for (JsonValue value : read((String) r[9]).asJsonArray()) {
            JsonArray pair = value.asJsonArray();
            never.add(new HardConstraints.Pair(pair.getString(0), pair.getString(1)));
        }
        List<String> prompts = read((String) r[12]).asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        return Optional.of(new Programme(id, spaceId, courses,
                new GroupSize(intOf(r[1]), intOf(r[2]), intOf(r[3])), intOf(r[4]), attributes, (Boolean) r[6],
                intOf(r[7]), (Boolean) r[8], never, ProgrammeTrigger.valueOf((String) r[10]), Cadence.valueOf((String) r[11]),
                prompts));
    }

    @Override
    public void save(Programme p, UUID by, Instant now) {
        JsonArrayBuilder weights = Json.createArrayBuilder();
        p.attributes().forEach((name, weight) -> weights.add(Json.createObjectBuilder().add("name", name).add("weight", weight)));
        JsonArrayBuilder never = Json.createArrayBuilder();
        p.neverTogether().forEach(pair -> never.add(Json.createArrayBuilder().add(pair.a()).add(pair.b())));
        JsonArrayBuilder prompts = Json.createArrayBuilder();
        p.starterPrompts().forEach(prompts::add);
        Object[] values = {p.size().target(), p.size().min(), p.size().max(), p.viableSize(), weights.build().toString(),
                p.sharedLanguage(), p.overlapHours(), p.teamsApart(), never.build().toString(), p.trigger().name(),
                p.cadence().name(), prompts.build().toString(), by, now};
        int updated = new NativeQuery().sql("update peer_group_programme set target_size = ?, min_size = ?, max_size = ?, "
                + "viable_size = ?, attributes = ?, shared_language = ?, overlap_hours = ?, teams_apart = ?, never_together = ?, "
                + "trigger_kind = ?, cadence = ?, starter_prompts = ?, updated_by = ?, updated_at = ? where id = ?",
                append(values, p.id())).execute(em);
        if (updated == 0) {
            new NativeQuery().sql("insert into peer_group_programme (target_size, min_size, max_size, viable_size, attributes, "
                    + "shared_language, overlap_hours, teams_apart, never_together, trigger_kind, cadence, starter_prompts, "
                    + "updated_by, updated_at, id, space_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    append(append(values, p.id()), p.spaceId())).execute(em);
        }
        new NativeQuery().sql("delete from peer_group_programme_course where programme_id = ?", p.id()).execute(em);
        for (UUID course : p.courseIds()) {
            new NativeQuery().sql("insert into peer_group_programme_course (programme_id, course_context_id) values (?, ?)",
                    p.id(), course).execute(em);
        }
    }

    @Override
    public void upload(UUID programmeId, Map<UUID, Map<String, String>> attributes, UUID by, Instant now) {
        for (Map.Entry<UUID, Map<String, String>> e : attributes.entrySet()) {
            new NativeQuery().sql("delete from peer_group_attribute_upload where programme_id = ? and person_id = ?",
                    programmeId, e.getKey()).execute(em);
            new NativeQuery().sql("insert into peer_group_attribute_upload (programme_id, person_id, attributes, uploaded_by, "
                    + "uploaded_at) values (?, ?, ?, ?, ?)", programmeId, e.getKey(),
                    VALUES.convertToDatabaseColumn(e.getValue()), by, now).execute(em);
        }
    }

    @Override
    public Map<UUID, Map<String, String>> uploads(UUID programmeId) {
        Map<UUID, Map<String, String>> uploads = new LinkedHashMap<>();
        for (Object[] r : new NativeQuery().sql("select person_id, attributes from peer_group_attribute_upload "
                + "where programme_id = ? order by person_id", programmeId).rows(em)) {
            uploads.put(NativeQuery.uuid(r[0]), VALUES.convertToEntityAttribute((String) r[1]));
        }
        return uploads;
    }

    @Override
    public boolean claim(FormationRun run) {
        // The unique index on running_key refuses a second RUNNING run of the programme, on any node.
        return new NativeQuery().sql("insert into peer_group_formation (id, programme_id, state, progress, running_key, seed, "
                + "started_by, started_at) values (?, ?, 'RUNNING', 0, ?, ?, ?, ?) on conflict do nothing", run.id(),
                run.programmeId(), run.programmeId(), run.seed(), run.startedBy(), run.startedAt()).execute(em) == 1;
    }

    @Override
    public Optional<FormationRun> run(UUID runId) {
        return new NativeQuery().sql(RUN_COLUMNS + "where id = ?", runId).rows(em).stream().findFirst().map(JpaProgrammes::run);
    }

    @Override
    public Optional<FormationRun> latest(UUID programmeId) {
        return new NativeQuery().sql(RUN_COLUMNS + "where programme_id = ? order by started_at desc, id desc", programmeId)
                .build(em).setMaxResults(1).getResultList().stream().findFirst().map(r -> run((Object[]) r));
    }

    @Override
    public void progress(UUID runId, int percent) {
        new NativeQuery().sql("update peer_group_formation set progress = ? where id = ? and state = 'RUNNING'", percent, runId)
                .execute(em);
    }

    @Override
    public void ready(UUID runId, String report, List<DraftMember> draft, Instant now) {
        UUID programme = run(runId).orElseThrow().programmeId();
        new NativeQuery().sql("update peer_group_formation set state = 'SUPERSEDED' where programme_id = ? and state = 'READY'",
                programme).execute(em);
        insertDraft(runId, draft);
        new NativeQuery().sql("update peer_group_formation set state = 'READY', progress = 100, running_key = null, report = ?, "
                + "finished_at = ? where id = ?", report, now, runId).execute(em);
    }

    @Override
    public void fail(UUID runId, String error, Instant now) {
        new NativeQuery().sql("update peer_group_formation set state = 'FAILED', running_key = null, error = ?, finished_at = ? "
                + "where id = ? and state = 'RUNNING'", error.length() > 1000 ? error.substring(0, 1000) : error, now, runId)
                .execute(em);
    }

    @Override
    public int failStale(UUID programmeId, Instant startedBefore, Instant now) {
        return new NativeQuery().sql("update peer_group_formation set state = 'FAILED', running_key = null, "
                + "error = 'the run stopped (its server went away)', finished_at = ? where programme_id = ? and state = 'RUNNING' "
                + "and started_at < ?", now, programmeId, startedBefore).execute(em);
    }

    @Override
    public List<DraftMember> draft(UUID runId) {
        List<DraftMember> draft = new ArrayList<>();
        for (Object[] r : new NativeQuery().sql("select person_id, group_number, reason, locked, person_values "
                + "from peer_group_draft_member where formation_id = ? order by person_id", runId).rows(em)) {
            draft.add(new DraftMember(NativeQuery.uuid(r[0]), r[1] == null ? null : intOf(r[1]), (String) r[2], (Boolean) r[3],
                    VALUES.convertToEntityAttribute((String) r[4])));
        }
        return draft;
    }

    @Override
    public void replaceDraft(UUID runId, List<DraftMember> draft) {
        new NativeQuery().sql("delete from peer_group_draft_member where formation_id = ?", runId).execute(em);
        insertDraft(runId, draft);
    }

    private void insertDraft(UUID runId, List<DraftMember> draft) {
        for (DraftMember m : draft) {
            // Nulls as literals: PostgreSQL cannot type a null parameter of a native query.
            String values = VALUES.convertToDatabaseColumn(m.values());
            new NativeQuery().sql("insert into peer_group_draft_member (formation_id, person_id, group_number, reason, locked, "
                    + "person_values) values (?, ?, " + (m.group() == null ? "null" : m.group().toString()) + ", "
                    + (m.reason() == null ? "null" : "?") + ", ?, ?)", draftValues(runId, m, values)).execute(em);
        }
    }

    private static Object[] draftValues(UUID runId, DraftMember m, String values) {
        List<Object> list = new ArrayList<>(List.of(runId, m.personId()));
        if (m.reason() != null) {
            list.add(m.reason());
        }
        list.add(m.locked());
        list.add(values == null ? "{}" : values);
        return list.toArray();
    }

    @Override
    public void published(UUID runId) {
        new NativeQuery().sql("update peer_group_formation set state = 'PUBLISHED' where id = ?", runId).execute(em);
    }

    @Override
    public List<List<List<UUID>>> pastRounds(UUID programmeId) {
        Map<Integer, Map<UUID, List<UUID>>> rounds = new LinkedHashMap<>();
        // A group's people are everyone who was ever in it: those who moved on met the others too.
        for (Object[] r : new NativeQuery().sql("select r.number, g.id, m.person_id from peer_group_round r "
                + "join peer_group g on g.round_id = r.id join (select peer_group_id, person_id from peer_group_member"
                + " union select peer_group_id, person_id from peer_group_past_member) m on m.peer_group_id = g.id "
                + "where r.programme_id = ? order by r.number desc, g.id, m.person_id", programmeId).rows(em)) {
            rounds.computeIfAbsent(intOf(r[0]), n -> new LinkedHashMap<>())
                    .computeIfAbsent(NativeQuery.uuid(r[1]), g -> new ArrayList<>()).add(NativeQuery.uuid(r[2]));
        }
        return rounds.values().stream().map(groups -> List.copyOf(groups.values())).toList();
    }

    @Override
    public UUID addRound(UUID programmeId, int number, UUID runId, UUID by, Instant now) {
        UUID id = org.thirdspace.community.shared.TimeOrderedUuid.next();
        new NativeQuery().sql("insert into peer_group_round (id, programme_id, number, formation_id, published_by, published_at) "
                + "values (?, ?, ?, ?, ?, ?)", id, programmeId, number, runId, by, now).execute(em);
        return id;
    }

    @Override
    public int roundCount(UUID programmeId) {
        return (int) NativeQuery.number(new NativeQuery().sql("select count(*) from peer_group_round where programme_id = ?",
                programmeId).rows(em).get(0)[0]);
    }

    @Override
    public Optional<UUID> latestRound(UUID programmeId) {
        return new NativeQuery().sql("select id from peer_group_round where programme_id = ? order by number desc", programmeId)
                .build(em).setMaxResults(1).getResultList().stream().findFirst().map(NativeQuery::uuid);
    }

    private static FormationRun run(Object[] r) {
        return new FormationRun(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]), FormationState.valueOf((String) r[2]), intOf(r[3]),
                NativeQuery.number(r[4]), (String) r[5], (String) r[6], NativeQuery.uuid(r[7]), NativeQuery.instant(r[8]),
                NativeQuery.instant(r[9]));
    }

    private static int intOf(Object value) {
        return (int) NativeQuery.number(value);
    }

    private static Object[] append(Object[] values, Object value) {
        Object[] copy = java.util.Arrays.copyOf(values, values.length + 1);
        copy[values.length] = value;
        return copy;
    }

    private static JsonValue read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
