package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.thirdspace.application.moderation.AcceptConduct;
import org.thirdspace.application.moderation.ShowConduct;
import org.thirdspace.application.moderation.ShowModerationAudit;
import org.thirdspace.application.moderation.ShowModerationQueue;
import org.thirdspace.application.moderation.SuspendMember;
import org.thirdspace.application.moderation.WriteConduct;
import org.thirdspace.application.peergroup.ProposePeerGroups;
import org.thirdspace.application.space.CreateSpace;
import org.thirdspace.application.space.ListMySpaces;
import org.thirdspace.application.space.ManageSpace;
import org.thirdspace.application.space.ShowSpace;
import org.thirdspace.application.space.SpaceView;
import org.thirdspace.community.space.MemberSummary;
import org.thirdspace.http.session.Actors;
import org.thirdspace.http.page.Messages;
import org.thirdspace.http.session.CurrentSession;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
    ProposePeerGroups proposePeerGroups;

    @Inject
    ShowConduct showConduct;

    @Inject
    AcceptConduct acceptConduct;

    @Inject
    WriteConduct writeConduct;

    @Inject
    ShowModerationQueue moderationQueue;

    @Inject
    ShowModerationAudit moderationAudit;

    @Inject
    SuspendMember suspensions;

    @Inject
    ListMySpaces listMySpaces;

    @Inject
    CurrentSession current;

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
        return listMySpaces.list(actors.require(), Instant.now());
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

    @GET
    @Path("{id}/peer-groups/proposal")
    @Operation(summary = "Preview the peer groups the space's active learners would be formed into (facilitators; nothing is stored)")
    public ProposePeerGroups.Preview proposal(@PathParam("id") UUID id, @QueryParam("seed") Long seed) {
        return proposePeerGroups.propose(actors.require(), id, seed, Instant.now());
    }

    @GET
    @Path("{id}/conduct")
    @Operation(summary = "The space's code of conduct and whether I accepted this version")
    public ShowConduct.ConductView conduct(@PathParam("id") UUID id) {
        // The built-in code in the launch's language (English when the UI has no translation).
        Locale language = Messages.forTag(current.require().locale()).locale();
        return showConduct.show(actors.require(), id, language);
    }

    @PUT
    @Path("{id}/conduct")
    @Operation(summary = "Write a new version of the space's code of conduct (facilitators); members accept again")
    public Map<String, Integer> writeConduct(@PathParam("id") UUID id, WriteConduct.Request request) {
        return Map.of("version", writeConduct.forSpace(actors.require(), id, request, Instant.now()));
    }

    @POST
    @Path("{id}/conduct/acceptance")
    @Operation(summary = "Accept the version of the code of conduct I read (409 when it changed meanwhile)")
    public Response acceptConduct(@PathParam("id") UUID id, AcceptConduct.Request request) {
        acceptConduct.accept(actors.require(), id, request, Instant.now());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/moderation/cases")
    @Operation(summary = "The moderation queue: open cases (or closed with state=closed), moderators only")
    public List<ShowModerationQueue.CaseSummary> cases(@PathParam("id") UUID id, @QueryParam("state") String state) {
        return moderationQueue.queue(actors.require(), id, !"closed".equals(state));
    }

    @GET
    @Path("{id}/moderation/audit")
    @Operation(summary = "Every moderator action in the space, newest first (moderators only)")
    public List<ShowModerationAudit.Entry> audit(@PathParam("id") UUID id) {
        return moderationAudit.audit(actors.require(), id);
    }

    @GET
    @Path("{id}/suspensions")
    @Operation(summary = "Active suspensions in the space (moderators)")
    public List<SuspendMember.SuspensionView> suspensions(@PathParam("id") UUID id) {
        return suspensions.active(actors.require(), id, Instant.now());
    }

    @POST
    @Path("{id}/suspensions")
    @Operation(summary = "Suspend a member's writing in the space until a time (moderators)")
    public Response suspend(@PathParam("id") UUID id, SuspendMember.Request request) {
        return Response.status(201).entity(suspensions.suspend(actors.require(), id, request, Instant.now())).build();
    }

    @DELETE
    @Path("{id}/suspensions/{suspension}")
    @Operation(summary = "Lift a suspension early (moderators)")
    public Response lift(@PathParam("id") UUID id, @PathParam("suspension") UUID suspension) {
        suspensions.lift(actors.require(), id, suspension, Instant.now());
        return Response.noContent().build();
    }
}
