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
import org.thirdspace.application.moderation.BlockMember;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Block a person: their posts come collapsed for me and their mentions of me are not delivered. */
@ApplicationScoped
@Path("api/people/{personId}/block")
@Tag(name = "Personal controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlocksResource {

    @Inject
    Actors actors;

    @Inject
    BlockMember block;

    @PUT
    @Operation(summary = "Block a person of my organisation")
    public Response block(@PathParam("personId") UUID personId) {
        block.block(actors.require(), personId, true, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Unblock a person")
    public Response unblock(@PathParam("personId") UUID personId) {
        block.block(actors.require(), personId, false, Instant.now());
        return Response.noContent().build();
    }
}
