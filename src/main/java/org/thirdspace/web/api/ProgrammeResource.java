package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.peergroup.ConfigureProgramme;
import org.thirdspace.application.peergroup.EditFormation;
import org.thirdspace.application.peergroup.LeavePeerGroup;
import org.thirdspace.application.peergroup.PlaceLateJoiners;
import org.thirdspace.application.peergroup.ReformRound;
import org.thirdspace.application.peergroup.PublishFormation;
import org.thirdspace.application.peergroup.ShowFormation;
import org.thirdspace.application.peergroup.StartFormation;
import org.thirdspace.application.peergroup.UploadGroupingAttributes;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A space's peer-group programme, for its facilitators: settings, attribute uploads, formation
 * runs (started in the background, polled), edits of the draft, and publishing it as a round.
 */
@ApplicationScoped
@Path("api/spaces/{spaceId}/programme")
@Tag(name = "Peer groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    Actors actors;

    @Inject
    ConfigureProgramme configure;

    @Inject
    UploadGroupingAttributes upload;

    @Inject
    StartFormation startFormation;

    @Inject
    ShowFormation showFormation;

    @Inject
    EditFormation editFormation;

    @Inject
    PublishFormation publishFormation;

    @Inject
    PlaceLateJoiners lateJoiners;

    @Inject
    LeavePeerGroup leave;

    @Inject
    ReformRound reformRound;

    @GET
    @Operation(summary = "The programme's settings (the defaults until they are saved), facilitators only")
    public ConfigureProgramme.ProgrammeView show(@PathParam("spaceId") UUID spaceId) {
        return configure.show(actors.require(), spaceId);
    }

    @PUT
    @Operation(summary = "Save the programme's settings (facilitators); every field is checked before anything is written")
    public ConfigureProgramme.ProgrammeView save(@PathParam("spaceId") UUID spaceId, ConfigureProgramme.Settings settings) {
        return configure.save(actors.require(), spaceId, settings, Instant.now());
    }

    @POST
    @Path("attributes")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Upload people's attributes as CSV (person column: LMS user id or e-mail); any bad row refuses "
            + "the whole sheet, each bad row reported with its line")
    public UploadGroupingAttributes.Uploaded attributes(@PathParam("spaceId") UUID spaceId, String csv) {
        return upload.upload(actors.require(), spaceId, csv, Instant.now());
    }

    /** A sheet as the page sends it: the file's text in JSON. */
    public record Sheet(String csv) {
    }

    @POST
    @Path("attributes")
    @Operation(summary = "Upload people's attributes: the CSV's text as {\"csv\": …} (as the page sends a chosen file)")
    public UploadGroupingAttributes.Uploaded attributesAsJson(@PathParam("spaceId") UUID spaceId, Sheet sheet) {
        return upload.upload(actors.require(), spaceId, sheet == null ? null : sheet.csv(), Instant.now());
    }

    @POST
    @Path("formations")
    @Operation(summary = "Start forming the groups in the background (202 with the run's location to poll; 409 while one runs)")
    public Response start(@PathParam("spaceId") UUID spaceId, @QueryParam("seed") Long seed, @Context UriInfo uri) {
        FormationRun run = startFormation.start(actors.require(), spaceId, seed, Instant.now());
        return Response.accepted(Map.of("id", run.id(), "state", run.state().name(), "progress", run.progress()))
                .location(uri.getAbsolutePathBuilder().path(run.id().toString()).build()).build();
    }

    @GET
    @Path("formations/latest")
    @Operation(summary = "The latest formation run: progress, then the draft with members' attributes (facilitators)")
    public ShowFormation.FormationView latest(@PathParam("spaceId") UUID spaceId) {
        return showFormation.latest(actors.require(), spaceId);
    }

    @GET
    @Path("formations/{runId}")
    @Operation(summary = "A formation run: progress, then the draft with members' attributes (facilitators)")
    public ShowFormation.FormationView formation(@PathParam("spaceId") UUID spaceId, @PathParam("runId") UUID runId) {
        return showFormation.show(actors.require(), spaceId, runId);
    }

    @POST
    @Path("formations/{runId}/edits")
    @Operation(summary = "Move, swap or lock people in the draft; the rest is re-optimised (409 when a constraint refuses)")
    public ShowFormation.FormationView edit(@PathParam("spaceId") UUID spaceId, @PathParam("runId") UUID runId,
                                            EditFormation.Request request) {
        return editFormation.edit(actors.require(), spaceId, runId, request, Instant.now());
    }

    @POST
    @Path("formations/{runId}/publication")
    @Operation(summary = "Publish the draft as the programme's next round: its peer groups with the starter prompts")
    public PublishFormation.Published publish(@PathParam("spaceId") UUID spaceId, @PathParam("runId") UUID runId) {
        return publishFormation.publish(actors.require(), spaceId, runId, Instant.now());
    }

    @POST
    @Path("late-joiners")
    @Operation(summary = "Place people who joined the courses since the latest round into its groups (facilitators)")
    public PlaceLateJoiners.Placed placeLateJoiners(@PathParam("spaceId") UUID spaceId) {
        return lateJoiners.place(actors.require(), spaceId, Instant.now());
    }

    @GET
    @Path("rounds/latest")
    @Operation(summary = "The latest round's groups with their active members; a re-formation is offered when one fell "
            + "below the viable size (facilitators)")
    public ReformRound.RoundView round(@PathParam("spaceId") UUID spaceId) {
        return reformRound.show(actors.require(), spaceId, Instant.now());
    }

    @POST
    @Path("rounds/latest/reformation")
    @Operation(summary = "Re-form the latest round's groups that fell below the viable size: spread or merge them (facilitators)")
    public ReformRound.Reformed reform(@PathParam("spaceId") UUID spaceId) {
        return reformRound.reform(actors.require(), spaceId, Instant.now());
    }

    @DELETE
    @Path("groups/{groupId}/members/me")
    @Operation(summary = "Leave one of my peer groups; what I wrote there stays")
    public Response leaveGroup(@PathParam("spaceId") UUID spaceId, @PathParam("groupId") UUID groupId) {
        leave.leaveGroup(actors.require(), spaceId, groupId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("participation")
    @Operation(summary = "Leave the programme: out of its groups and of its later rounds")
    public Response leaveProgramme(@PathParam("spaceId") UUID spaceId) {
        leave.leaveProgramme(actors.require(), spaceId, Instant.now());
        return Response.noContent().build();
    }
}
