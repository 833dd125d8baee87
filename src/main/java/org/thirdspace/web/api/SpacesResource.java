package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.thirdspace.application.discussion.FeedView;
import org.thirdspace.application.discussion.SeedTopic;
import org.thirdspace.application.discussion.ShowFeed;
import org.thirdspace.application.discussion.StartThread;
import org.thirdspace.application.space.CreateSpace;
import org.thirdspace.application.space.ListMySpaces;
import org.thirdspace.application.space.ManageSpace;
import org.thirdspace.application.space.ShowSpace;
import org.thirdspace.application.space.SpaceView;
import org.thirdspace.community.space.MemberSummary;
import org.thirdspace.web.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Spaces: create, describe, feed, start and seed threads, members, roles and peer groups. */
@ApplicationScoped
@Path("api/spaces")
@Tag(name = "Spaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpacesResource {

    @Inject
    Actors actors;

    @Inject
    ListMySpaces listMySpaces;

    @Inject
    CreateSpace createSpace;

    @Inject
    ShowSpace showSpace;

    @Inject
    ManageSpace manageSpace;

    @Inject
    ShowFeed showFeed;

    @Inject
    StartThread startThread;

    @Inject
    SeedTopic seedTopic;

    public record Created(UUID id) {
    }

    public record RoleRequest(String role) {
    }

    public record GroupRequest(String name, List<UUID> members) {
    }

    @GET
    @Operation(summary = "The spaces I am a member of")
    public List<ListMySpaces.Item> mine() {
        return listMySpaces.list(actors.require());
    }

    @POST
    @Operation(summary = "Start a space for the course I launched from (instructors and designers)")
    public Response create(CreateSpace.Request request) {
        return Response.status(201).entity(new Created(createSpace.create(actors.require(), request, Instant.now()).id())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A space, my role there and what I may do")
    public SpaceView show(@PathParam("id") UUID id) {
        return showSpace.show(actors.require(), id, Instant.now());
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Describe or archive a space (facilitators)")
    public Response describe(@PathParam("id") UUID id, ManageSpace.Description request) {
        manageSpace.describe(actors.require(), id, request, Instant.now());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/feed")
    @Operation(summary = "Pinned, starters and the latest threads, newest first (keyset pages via cursor)")
    public FeedView feed(@PathParam("id") UUID id, @QueryParam("cursor") String cursor) {
        return showFeed.show(actors.require(), id, cursor, Instant.now());
    }

    @POST
    @Path("{id}/threads")
    @Operation(summary = "Start a thread")
    public Response start(@PathParam("id") UUID id, StartThread.Request request) {
        return Response.status(201).entity(new Created(startThread.start(actors.require(), id, request, Instant.now()).id())).build();
    }

    @POST
    @Path("{id}/seeds")
    @Operation(summary = "Seed a topic, now or on a date (facilitators)")
    public Response seed(@PathParam("id") UUID id, SeedTopic.Request request) {
        return Response.status(201).entity(new Created(seedTopic.seed(actors.require(), id, request, Instant.now()).id())).build();
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "Members by name, for mentions")
    public List<MemberSummary> members(@PathParam("id") UUID id, @QueryParam("q") String query) {
        return manageSpace.members(actors.require(), id, query);
    }

    @PUT
    @Path("{id}/members/{person}/role")
    @Operation(summary = "Give a member a role (facilitators)")
    public Response role(@PathParam("id") UUID id, @PathParam("person") UUID person, RoleRequest request) {
        manageSpace.giveRole(actors.require(), id, person, request == null ? null : request.role(), Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/peer-groups")
    @Operation(summary = "Form a peer group (facilitators)")
    public Response group(@PathParam("id") UUID id, GroupRequest request) {
        var group = manageSpace.formGroup(actors.require(), id, request == null ? null : request.name(),
                request == null ? List.of() : request.members(), Instant.now());
        return Response.status(201).entity(Map.of("id", group.id())).build();
    }
}
