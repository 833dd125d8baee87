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
import org.thirdspace.application.moderation.EditWatchList;
import org.thirdspace.application.moderation.ManageNoteTemplates;
import org.thirdspace.application.moderation.ShowModerationAudit;
import org.thirdspace.application.moderation.ShowModerationQueue;
import org.thirdspace.application.moderation.WriteConduct;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Organisation admins: the default code of conduct, the watch list and the escalated cases. */
@ApplicationScoped
@Path("api/organisation")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationSafetyResource {

    @Inject
    Actors actors;

    @Inject
    EditWatchList watchList;

    @Inject
    WriteConduct writeConduct;

    @Inject
    ShowModerationQueue queue;

    @Inject
    ShowModerationAudit audit;

    @Inject
    ManageNoteTemplates templates;

    @POST
    @Path("note-templates")
    @Operation(summary = "Add a note template for every space of the organisation (organisation admins)")
    public Response addTemplate(ManageNoteTemplates.Request request) {
        return Response.status(201).entity(templates.addToOrganisation(actors.require(), request, Instant.now())).build();
    }

    @DELETE
    @Path("note-templates/{templateId}")
    @Operation(summary = "Remove a note template: the organisation's (admins) or a space's (its facilitators)")
    public Response removeTemplate(@PathParam("templateId") UUID templateId) {
        templates.remove(actors.require(), templateId, Instant.now());
        return Response.noContent().build();
    }

    @GET
    @Path("moderation/audit")
    @Operation(summary = "Organisation-wide moderation actions: code of conduct and watch list (organisation admins)")
    public List<ShowModerationAudit.Entry> audit() {
        return audit.organisation(actors.require());
    }

    @PUT
    @Path("conduct")
    @Operation(summary = "Write a new version of the organisation's default code of conduct (organisation admins)")
    public Map<String, Integer> conduct(WriteConduct.Request request) {
        return Map.of("version", writeConduct.forOrganisation(actors.require(), request, Instant.now()));
    }

    @GET
    @Path("watch-terms")
    @Operation(summary = "The organisation's watch list (organisation admins)")
    public List<EditWatchList.TermView> terms() {
        return watchList.list(actors.require());
    }

    @POST
    @Path("watch-terms")
    @Operation(summary = "Add a term to the watch list: matching posts are published and queued for review")
    public Response add(EditWatchList.Request request) {
        return Response.status(201).entity(watchList.add(actors.require(), request, Instant.now())).build();
    }

    @DELETE
    @Path("watch-terms/{termId}")
    @Operation(summary = "Remove a term from the watch list")
    public Response remove(@PathParam("termId") UUID termId) {
        watchList.remove(actors.require(), termId, Instant.now());
        return Response.noContent().build();
    }

    @GET
    @Path("moderation/cases")
    @Operation(summary = "Cases escalated to the organisation's admins")
    public List<ShowModerationQueue.CaseSummary> escalated() {
        return queue.escalated(actors.require());
    }
}
