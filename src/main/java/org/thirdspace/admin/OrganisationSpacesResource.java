package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.ArchiveSpace;
import org.thirdspace.application.space.ListOrganisationSpaces;
import org.thirdspace.community.space.Space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The console's spaces across an organisation (admin REST API): every space with its courses,
 * roster sync state, members and facilitators; archive and restore. The organisation is the
 * platform registration, as for ending sessions.
 */
@ApplicationScoped
@Path("api/admin/organisations/{organisation}/spaces")
@Tag(name = "Admin: spaces")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationSpacesResource {

    private AdminAccess access;
    private ListOrganisationSpaces listSpaces;
    private ArchiveSpace archiveSpace;

    protected OrganisationSpacesResource() {
    }

    @Inject
    public OrganisationSpacesResource(AdminAccess access, ListOrganisationSpaces listSpaces, ArchiveSpace archiveSpace) {
        this.access = access;
        this.listSpaces = listSpaces;
        this.archiveSpace = archiveSpace;
    }

    public record ArchivedChange(Boolean archived) {
    }

    public record ArchivedView(UUID id, boolean archived) {
    }

    @GET
    @Operation(summary = "Every space of the organisation (at most 500), with its courses, roster sync state, members and facilitators")
    public List<ListOrganisationSpaces.Item> list(@PathParam("organisation") UUID organisation) {
        return listSpaces.list(access.require(), organisation, Instant.now());
    }

    @PUT
    @Path("{space}/archived")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Archive (true) or restore (false) a space of the organisation")
    public ArchivedView archived(@PathParam("organisation") UUID organisation, @PathParam("space") UUID space, ArchivedChange change) {
        Administrator admin = access.require();
        if (change == null) {
            throw new InvalidRequest("archived", "archived is required: true to archive, false to restore");
        }
        Space changed = archiveSpace.archive(admin, organisation, space, change.archived(), Instant.now());
        return new ArchivedView(changed.id(), changed.isArchived());
    }
}
