package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.roster.RosterSyncHistory;
import org.thirdspace.application.roster.RosterSyncView;

import java.util.List;
import java.util.UUID;

/** Every roster sync run, for administrators: the record of what each run read, changed, and why it stopped. */
@ApplicationScoped
@Path("api/admin/roster-syncs")
@Tag(name = "Admin: rosters")
@Produces(MediaType.APPLICATION_JSON)
public class RosterSyncsResource {

    @Inject
    AdminAccess access;

    @Inject
    RosterSyncHistory history;

    @GET
    @Operation(summary = "Roster sync runs, newest first (an organisation admin sees their own organisation's)")
    public List<RosterSyncView> list(@QueryParam("organisation") UUID organisation, @QueryParam("course") UUID course,
                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        return history.list(access.require(), organisation, course, limit).stream().map(RosterSyncView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One roster sync run")
    public RosterSyncView one(@PathParam("id") UUID id) {
        return RosterSyncView.of(history.one(access.require(), id));
    }
}
