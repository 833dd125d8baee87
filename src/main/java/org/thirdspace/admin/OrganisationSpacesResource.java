package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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

import java.io.StringReader;
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
    public ArchivedView archived(@PathParam("organisation") UUID organisation, @PathParam("space") UUID space, String body) {
        Administrator admin = access.require();
        JsonValue value = archivedOf(body);
        if (value == null || value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw new InvalidRequest("archived", "archived is required and must be true (archive) or false (restore)");
        }
        Space changed = archiveSpace.archive(admin, organisation, space, value.getValueType() == JsonValue.ValueType.TRUE, Instant.now());
        return new ArchivedView(changed.id(), changed.isArchived());
    }

    /**
     * The body's {@code archived}, read with JSON-P rather than bound to a Boolean (JSON-B reads
     * "perhaps" as false, which would restore the space), and here, so that a body that is not JSON
     * is refused as such rather than failing in the reader.
     */
    private static JsonValue archivedOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue read = reader.readValue();
            return read instanceof JsonObject object ? object.get("archived") : null;
        } catch (JsonException e) {
            throw new InvalidRequest("archived", "the body must be a JSON object: {\"archived\": true} or {\"archived\": false}");
        }
    }
}
