package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.Rosters;

import java.util.List;
import java.util.UUID;

/**
 * Every roster run, newest first, for administrators: the operator sees all organisations (or the
 * one asked for), an organisation's administrator their own only.
 */
@ApplicationScoped
public class RosterSyncHistory {

    private Rosters rosters;

    protected RosterSyncHistory() {
    }

    @Inject
    public RosterSyncHistory(Rosters rosters) {
        this.rosters = rosters;
    }

    @Transactional
    public List<RosterSync> list(Administrator admin, UUID organisation, UUID course, int limit) {
        UUID scope = admin.isOperator() ? organisation : admin.organisationId();
        return rosters.history(scope, course, Math.max(1, Math.min(limit, 1000)));
    }

    @Transactional
    public RosterSync one(Administrator admin, UUID syncId) {
        RosterSync sync = rosters.sync(syncId).orElseThrow(() -> new NotFound("no such roster sync"));
        admin.requireOrganisation(sync.organisationId());
        return sync;
    }
}
