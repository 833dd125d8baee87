package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.moderation.ManageNoteTemplates;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Templates of moderators' private notes in a space: the organisation's and the space's own
 * (facilitators add them). The organisation's are kept under {@code /api/organisation/note-templates}.
 */
@ApplicationScoped
@Path("api/spaces/{spaceId}/moderation/note-templates")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteTemplatesResource {

    @Inject
    Actors actors;

    @Inject
    ManageNoteTemplates templates;

    @GET
    @Operation(summary = "Note templates a space's moderators can start from (the organisation's and the space's)")
    public List<ManageNoteTemplates.TemplateView> list(@PathParam("spaceId") UUID spaceId) {
        return templates.forSpace(actors.require(), spaceId);
    }

    @POST
    @Operation(summary = "Add a note template to the space (facilitators)")
    public Response addToSpace(@PathParam("spaceId") UUID spaceId, ManageNoteTemplates.Request request) {
        return Response.status(201).entity(templates.addToSpace(actors.require(), spaceId, request, Instant.now())).build();
    }
}
