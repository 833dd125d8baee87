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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.discussion.DeletePost;
import org.thirdspace.application.discussion.EditPost;
import org.thirdspace.application.discussion.ReactToPost;
import org.thirdspace.application.discussion.ShareMoreWidely;
import org.thirdspace.application.moderation.HidePost;
import org.thirdspace.application.moderation.ReportPost;
import org.thirdspace.application.moderation.RequestReview;
import org.thirdspace.application.moderation.ShowMyPostReview;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Posts: edit (with history), delete (tombstone), react, share a reply more widely. */
@ApplicationScoped
@Path("api/posts")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostsResource {

    @Inject
    Actors actors;

    @Inject
    ReportPost reportPost;

    @Inject
    HidePost hidePost;

    @Inject
    RequestReview requestReview;

    @Inject
    ShowMyPostReview review;

    @Inject
    EditPost editPost;

    @Inject
    DeletePost deletePost;

    @Inject
    ReactToPost react;

    @Inject
    ShareMoreWidely share;

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit my post (earlier versions are kept)")
    public Response edit(@PathParam("id") UUID id, EditPost.Request request) {
        editPost.edit(actors.require(), id, request, Instant.now());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Earlier versions of a post")
    public List<EditPost.Revision> revisions(@PathParam("id") UUID id) {
        return editPost.history(actors.require(), id, Instant.now());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a post (it stays as a tombstone)")
    public Response delete(@PathParam("id") UUID id) {
        deletePost.delete(actors.require(), id, Instant.now());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/reactions/{kind}")
    @Operation(summary = "React: HELPFUL, INSIGHTFUL or THANKS")
    public Response react(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        react.react(actors.require(), id, kind, true, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/reactions/{kind}")
    @Operation(summary = "Take a reaction back")
    public Response unreact(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        react.react(actors.require(), id, kind, false, Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/share")
    @Operation(summary = "Let my reply be shown wherever its thread is shown")
    public Response share(@PathParam("id") UUID id) {
        share.shareReply(actors.require(), id, Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/reports")
    @Operation(summary = "Report a post (once per post) with a reason; only moderators see who reported")
    public Response report(@PathParam("id") UUID id, ReportPost.Request request) {
        return Response.status(201).entity(reportPost.report(actors.require(), id, request, Instant.now())).build();
    }

    @PUT
    @Path("{id}/hidden")
    @Operation(summary = "Hide a post pending review (moderators)")
    public Response hide(@PathParam("id") UUID id, HidePost.Request request) {
        hidePost.hide(actors.require(), id, true, request, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/hidden")
    @Operation(summary = "Restore a hidden post (moderators)")
    public Response restore(@PathParam("id") UUID id) {
        hidePost.hide(actors.require(), id, false, null, Instant.now());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/review")
    @Operation(summary = "The review of my post: hidden or not, the moderators' private notes")
    public ShowMyPostReview.PostReview review(@PathParam("id") UUID id) {
        return review.show(actors.require(), id, Instant.now());
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Ask the moderators to look at my post again (after editing it)")
    public Response requestReview(@PathParam("id") UUID id, RequestReview.Request request) {
        requestReview.request(actors.require(), id, request, Instant.now());
        return Response.noContent().build();
    }
}
