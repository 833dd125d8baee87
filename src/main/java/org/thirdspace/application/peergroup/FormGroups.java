package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.peergroup.formation.Budget;
import org.thirdspace.community.peergroup.formation.FormationRequest;
import org.thirdspace.community.peergroup.formation.PeerGroupFormation;
import org.thirdspace.community.peergroup.formation.Proposal;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A formation run, off the request thread: reads the programme's people and earlier rounds, forms
 * the groups, and writes the draft in one transaction at the end. Until then nothing but the run's
 * progress changes, so a run that fails or whose node stops leaves the published groups, and any
 * earlier draft, as they were.
 */
@ApplicationScoped
public class FormGroups {

    private static final Logger LOG = Logger.getLogger(FormGroups.class.getName());

    private Programmes programmes;
    private ProgrammeRoster roster;

    protected FormGroups() {
    }

    @Inject
    public FormGroups(Programmes programmes, ProgrammeRoster roster) {
        this.programmes = programmes;
        this.roster = roster;
    }

    public void run(UUID runId, UUID spaceId) {
        try {
            FormationRun run = programmes.run(runId).orElseThrow();
            Programme programme = programmes.ofSpace(spaceId).orElseThrow();
            Map<UUID, Map<String, String>> values = roster.people(programme);
            programmes.progress(runId, 10);
            FormationRequest request = FormationInput.request(programme, values, programmes.pastRounds(programme.id()),
                    run.seed(), Budget.FORMING, Instant.now());
            programmes.progress(runId, 20);
            Proposal proposal = PeerGroupFormation.form(request);
            programmes.progress(runId, 90);
            programmes.ready(runId, FormationInput.reportText(proposal.report()),
                    FormationInput.draft(proposal, values, Set.of()), Instant.now());
            LOG.info(() -> "Peer-group formation " + runId + ": " + proposal.groups().size() + " groups, "
                    + proposal.unplaced().size() + " unplaced");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Peer-group formation " + runId + " failed", e);
            programmes.fail(runId, "the formation failed: " + e.getMessage(), Instant.now());
        }
    }
}
