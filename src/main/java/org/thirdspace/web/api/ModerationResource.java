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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.moderation.DecideCase;
import org.thirdspace.application.moderation.SendModeratorNote;
import org.thirdspace.application.moderation.ShowModerationQueue;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A moderation case: its history, decisions (state transitions) and private notes to the author. Moderators only. */
@ApplicationScoped
@Path("api/moderation/cases/{caseId}")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Inject
    Actors actors;

    @Inject
    ShowModerationQueue queue;

    @Inject
    DecideCase decide;

    @Inject
    SendModeratorNote note;

    @GET
    @Operation(summary = "A case with its full history and reports (moderators and organisation admins)")
    public ShowModerationQueue.CaseView show(@PathParam("caseId") UUID caseId) {
        return queue.show(actors.require(), caseId);
    }

    @POST
    @Path("transitions")
    @Operation(summary = "Decide: UPHELD, DISMISSED or ESCALATED, with a reason; illegal transitions answer 409")
    public Map<String, String> transition(@PathParam("caseId") UUID caseId, DecideCase.Request request) {
        return Map.of("state", decide.decide(actors.require(), caseId, request, Instant.now()).name());
    }

    @POST
    @Path("notes")
    @Operation(summary = "Send the author a private note (gentle correction)")
    public Response note(@PathParam("caseId") UUID caseId, SendModeratorNote.Request request) {
        note.send(actors.require(), caseId, request, Instant.now());
        return Response.noContent().build();
    }
}
