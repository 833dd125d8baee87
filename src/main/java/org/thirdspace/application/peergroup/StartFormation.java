package org.thirdspace.application.peergroup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.community.peergroup.programme.FormationState;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * A facilitator starts forming the programme's groups: the run is recorded and handed to a
 * background thread (the container's managed executor, as the roster sync does), and the caller
 * gets it at once to poll. One run of a programme goes at a time, across nodes (the database's
 * unique index decides); a second start while one runs is a conflict.
 */
@ApplicationScoped
public class StartFormation {

    private static final Logger LOG = Logger.getLogger(StartFormation.class.getName());
    /** Far longer than any run takes (the search stops within seconds): a run this old lost its node. */
    static final Duration STALE = Duration.ofMinutes(10);

    private ProgrammeAccess access;
    private Programmes programmes;
    private FormGroups formGroups;

    @Resource
    ManagedExecutorService executor;

    protected StartFormation() {
    }

    @Inject
    public StartFormation(ProgrammeAccess access, Programmes programmes, FormGroups formGroups) {
        this.access = access;
        this.programmes = programmes;
        this.formGroups = formGroups;
    }

    /** @param seed the same roster and seed give the same draft; null: a new one */
    public FormationRun start(Actor actor, UUID spaceId, Long seed, Instant now) {
        Programme programme = access.programme(actor, spaceId);
        return begin(programme, seed, actor.personId(), now)
                .orElseThrow(() -> new Conflict("a formation of this programme is already running; wait for it to finish"));
    }

    /**
     * The programme's trigger fired (nobody asked): a run already going is left alone. The run is
     * recorded as started by the space's maker, as a run always names a person.
     */
    public Optional<FormationRun> triggered(Programme programme, UUID onBehalf, Instant now) {
        return begin(programme, null, onBehalf, now);
    }

    private Optional<FormationRun> begin(Programme programme, Long seed, UUID by, Instant now) {
        UUID spaceId = programme.spaceId();
        programmes.failStale(programme.id(), now.minus(STALE), now);
        FormationRun run = new FormationRun(TimeOrderedUuid.next(), programme.id(), FormationState.RUNNING, 0,
                seed != null ? seed : now.toEpochMilli(), null, null, by, now, null);
        if (!programmes.claim(run)) {
            return Optional.empty();
        }
        LOG.info(() -> "Peer-group formation " + run.id() + " of programme " + programme.id() + " started");
        try {
            executor.execute(() -> formGroups.run(run.id(), spaceId));
        } catch (RejectedExecutionException e) {
            programmes.fail(run.id(), "the server could not start the formation (it is shutting down or overloaded)", now);
        }
        return Optional.of(run);
    }
}
