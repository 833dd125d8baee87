package org.thirdspace.lti.deeplinking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Actor;
import org.thirdspace.application.artifact.ListPlaceableArtifacts;
import org.thirdspace.application.artifact.PlaceableArtifact;
import org.thirdspace.application.courselink.ListLinkableSpaces;
import org.thirdspace.community.space.SpaceKind;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The designer page's API for a deep-linking request: what the platform accepts, the spaces the
 * designer may link, and the answer, which comes back as the signed response to auto-post. The
 * return URL, deployment and {@code data} come from the stored request; the body cannot name them.
 */
@ApplicationScoped
@Path("api/deep-linking/{id}")
@Tag(name = "Deep Linking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeepLinkingResource {

    @Inject
    Actors actors;

    @Inject
    DeepLinkingSessions sessions;

    @Inject
    ListLinkableSpaces linkable;

    @Inject
    ListPlaceableArtifacts artifacts;

    @Inject
    AnswerDeepLinking answer;

    /** A template a new space starts from, with what copies of the course get unless the designer changes it. */
    public record Template(String kind, String courseCopies) {
    }

    public record View(UUID id, boolean open, boolean acceptsLinks, boolean acceptMultiple, List<String> acceptTypes,
                       String title, String text, List<Template> templates) {
    }

    @GET
    @Operation(summary = "A deep-linking request of mine: what the LMS accepts here, and the templates for new spaces")
    public View show(@PathParam("id") UUID id) {
        DeepLinkingRequest request = sessions.mine(actors.require(), id);
        return new View(request.id(), request.isOpen(Instant.now()), request.acceptsResourceLinks(), request.acceptMultiple(),
                request.acceptTypes(), request.suggestedTitle(), request.text(),
                Arrays.stream(SpaceKind.values()).map(k -> new Template(k.name(), k.defaultCourseCopies().name())).toList());
    }

    @GET
    @Path("spaces")
    @Operation(summary = "Spaces I facilitate that I may link into this course, by words of their title or purpose, or by tag")
    public List<ListLinkableSpaces.LinkableSpace> spaces(@PathParam("id") UUID id, @QueryParam("q") String query) {
        Actor actor = actors.require();
        sessions.mine(actor, id);
        return linkable.search(actor, query);
    }

    @GET
    @Path("artifacts")
    @Operation(summary = "Artifacts I may read that could go on this course page, by words and type; those still waiting for a "
            + "quoted contributor's consent say whose")
    public List<PlaceableArtifact> artifacts(@PathParam("id") UUID id, @QueryParam("q") String query, @QueryParam("type") String type) {
        Actor actor = actors.require();
        sessions.mine(actor, id);
        return artifacts.list(actor, query, type, Instant.now());
    }

    @POST
    @Path("answer")
    @Operation(summary = "Place the chosen community links and artifacts (or none) and get the signed LtiDeepLinkingResponse to post to the LMS")
    public DeepLinkingResponse.Signed answer(@PathParam("id") UUID id, AnswerDeepLinking.Answer body) {
        return answer.answer(actors.require(), id, body, Instant.now());
    }
}
