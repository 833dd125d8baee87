package org.thirdspace.community.peergroup.programme;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Programmes, their uploaded attributes, formation runs, drafts and rounds. */
public interface Programmes {

    Optional<Programme> ofSpace(UUID spaceId);

    /** Creates or replaces the space's programme (its courses too). */
    void save(Programme programme, UUID by, Instant now);

    /** Replaces the uploaded attributes of these people, all in one transaction. */
    void upload(UUID programmeId, Map<UUID, Map<String, String>> attributes, UUID by, Instant now);

    Map<UUID, Map<String, String>> uploads(UUID programmeId);

    /**
     * Records a new RUNNING run unless one of the programme is running already.
     *
     * @return false when another run is going
     */
    boolean claim(FormationRun run);

    Optional<FormationRun> run(UUID runId);

    Optional<FormationRun> latest(UUID programmeId);

    void progress(UUID runId, int percent);

    /** Ends a run with its draft (READY), superseding earlier drafts not yet published. */
    void ready(UUID runId, String report, List<DraftMember> draft, Instant now);

    /** Ends a run without a draft; nothing else changes. */
    void fail(UUID runId, String error, Instant now);

    /** Runs RUNNING since before this time are taken for dead (their node stopped) and failed. */
    int failStale(UUID programmeId, Instant startedBefore, Instant now);

    List<DraftMember> draft(UUID runId);

    void replaceDraft(UUID runId, List<DraftMember> draft);

    void published(UUID runId);

    /** Everyone who was in each group of each round (members now and past members), the latest round first. */
    List<List<List<UUID>>> pastRounds(UUID programmeId);

    /** Records round {@code number} and returns its id. */
    UUID addRound(UUID programmeId, int number, UUID runId, UUID by, Instant now);

    int roundCount(UUID programmeId);

    /** The programme's latest published round. */
    Optional<UUID> latestRound(UUID programmeId);
}
