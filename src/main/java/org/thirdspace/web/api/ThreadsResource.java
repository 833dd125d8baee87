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
import org.thirdspace.application.discussion.ModerateThread;
import org.thirdspace.application.discussion.NarrowAudience;
import org.thirdspace.application.discussion.ReplyToThread;
import org.thirdspace.application.discussion.ShareMoreWidely;
import org.thirdspace.application.discussion.ShowThread;
import org.thirdspace.application.discussion.ThreadView;
import org.thirdspace.application.moderation.MoveThread;
import org.thirdspace.application.moderation.MuteThread;
import org.thirdspace.application.person.FollowSomething;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Threads: read, reply, pin, lock, share more widely, follow. */
@ApplicationScoped
@Path("api/threads")
@Tag(name = "Threads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreadsResource {

    @Inject
    Actors actors;

    @Inject
    MuteThread mute;

    @Inject
    MoveThread moveThread;

    @Inject
    ShowThread showThread;

    @Inject
    ReplyToThread replyToThread;

    @Inject
    ModerateThread moderate;

    @Inject
    ShareMoreWidely share;

    @Inject
    FollowSomething follow;

    @Inject
    NarrowAudience narrow;

    public record AudienceChange(String audience) {
    }

    public record AudienceAnswer(boolean accept) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A thread with its posts (marks it read)")
    public ThreadView show(@PathParam("id") UUID id) {
        return showThread.show(actors.require(), id, Instant.now());
    }

    @POST
    @Path("{id}/replies")
    @Operation(summary = "Reply to the thread or to a reply, optionally quoting a post")
    public Response reply(@PathParam("id") UUID id, ReplyToThread.Request request) {
        return Response.status(201).entity(Map.of("id", replyToThread.reply(actors.require(), id, request, Instant.now()).id())).build();
    }

    @POST
    @Path("{id}/pin")
    @Operation(summary = "Pin (facilitators)")
    public Response pin(@PathParam("id") UUID id) {
        moderate.pin(actors.require(), id, true, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/pin")
    @Operation(summary = "Unpin (facilitators)")
    public Response unpin(@PathParam("id") UUID id) {
        moderate.pin(actors.require(), id, false, Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/lock")
    @Operation(summary = "Lock (moderators)")
    public Response lock(@PathParam("id") UUID id) {
        moderate.lock(actors.require(), id, true, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/lock")
    @Operation(summary = "Unlock (moderators)")
    public Response unlock(@PathParam("id") UUID id) {
        moderate.lock(actors.require(), id, false, Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/audience")
    @Operation(summary = "Share more widely: the author does it, a facilitator asks the author")
    public Map<String, String> audience(@PathParam("id") UUID id, AudienceChange change) {
        return Map.of("result", share.widen(actors.require(), id, change == null ? null : change.audience(), Instant.now()));
    }

    @POST
    @Path("{id}/audience/narrow")
    @Operation(summary = "The author shows the thread to fewer people again (recorded in its history)")
    public Response narrow(@PathParam("id") UUID id, AudienceChange change) {
        narrow.narrow(actors.require(), id, change == null ? null : change.audience(), Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("audience-requests/{request}")
    @Operation(summary = "The author accepts or declines a request to share more widely")
    public Response answer(@PathParam("request") UUID request, AudienceAnswer answer) {
        share.answer(actors.require(), request, answer != null && answer.accept(), Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/follow")
    @Operation(summary = "Follow (be told of replies)")
    public Response follow(@PathParam("id") UUID id) {
        follow.thread(actors.require(), id, true, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/follow")
    @Operation(summary = "Stop following")
    public Response unfollow(@PathParam("id") UUID id) {
        follow.thread(actors.require(), id, false, Instant.now());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/mute")
    @Operation(summary = "Mute a thread: no notifications from it")
    public Response mute(@PathParam("id") UUID id) {
        mute.mute(actors.require(), id, true, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/mute")
    @Operation(summary = "Unmute a thread")
    public Response unmute(@PathParam("id") UUID id) {
        mute.mute(actors.require(), id, false, Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move a thread to another space I moderate (moderators)")
    public Response move(@PathParam("id") UUID id, MoveThread.Request request) {
        moveThread.move(actors.require(), id, request, Instant.now());
        return Response.noContent().build();
    }
}
