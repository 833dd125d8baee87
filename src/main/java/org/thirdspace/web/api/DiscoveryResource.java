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
import org.thirdspace.application.discussion.SearchDiscussions;
import org.thirdspace.application.discussion.ShowTagHub;
import org.thirdspace.application.discussion.ThreadSummary;
import org.thirdspace.application.person.FollowSomething;
import org.thirdspace.application.person.ShowPersonCard;
import org.thirdspace.application.person.ChooseMyName;
import org.thirdspace.application.person.UpdateMyCard;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Finding things and people: search, tag hubs, member cards. */
@ApplicationScoped
@Path("api")
@Tag(name = "Search, tags and people")
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {

    @Inject
    Actors actors;

    @Inject
    SearchDiscussions search;

    @Inject
    ShowTagHub tagHub;

    @Inject
    ShowPersonCard personCard;

    @Inject
    UpdateMyCard updateMyCard;

    @Inject
    ChooseMyName chooseMyName;

    @Inject
    FollowSomething follow;

    @GET
    @Path("search")
    @Operation(summary = "Full-text search over what I may see, with highlighted snippets")
    public List<SearchDiscussions.Hit> search(@QueryParam("q") String q, @QueryParam("space") UUID space,
                                              @QueryParam("tag") String tag, @QueryParam("author") UUID author) {
        return search.search(actors.require(), q, space, tag, author, Instant.now());
    }

    @GET
    @Path("tags")
    @Operation(summary = "Tags starting with a prefix, among those I see on at least one thread")
    public List<ThreadSummary.TagView> tags(@QueryParam("prefix") String prefix) {
        return tagHub.suggest(actors.require(), prefix, Instant.now());
    }

    @GET
    @Path("tags/{name}")
    @Operation(summary = "A tag hub: visible threads with the tag and the people who write about it")
    public ShowTagHub.TagHub tag(@PathParam("name") String name) {
        return tagHub.show(actors.require(), name, Instant.now());
    }

    @POST
    @Path("tags/{name}/follow")
    @Operation(summary = "Follow a tag")
    public Response followTag(@PathParam("name") String name) {
        follow.tag(actors.require(), name, true, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Path("tags/{name}/follow")
    @Operation(summary = "Stop following a tag")
    public Response unfollowTag(@PathParam("name") String name) {
        follow.tag(actors.require(), name, false, Instant.now());
        return Response.noContent().build();
    }

    @GET
    @Path("people/{id}")
    @Operation(summary = "A member card: what the person chose to show and what they wrote where I may see it")
    public ShowPersonCard.Card person(@PathParam("id") UUID id, @QueryParam("space") UUID space) {
        return personCard.show(actors.require(), id, space, Instant.now());
    }

    @PUT
    @Path("me/name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the name others see, when my LMS shares none (blank: my pseudonym again)")
    public Response name(ChooseMyName.Request request) {
        chooseMyName.choose(actors.require(), request, Instant.now());
        return Response.noContent().build();
    }

    @PUT
    @Path("me/card")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose what my member card shows")
    public Response card(UpdateMyCard.Request request) {
        updateMyCard.update(actors.require(), request, Instant.now());
        return Response.noContent().build();
    }
}
