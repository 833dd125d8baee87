package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.discussion.PostBodies;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.http.session.Actors;

import java.util.UUID;

/** Preview before posting: exactly the HTML the post will have. */
@ApplicationScoped
@Path("api/preview")
@Tag(name = "Posts")
public class MarkdownResource {

    @Inject
    Actors actors;

    @Inject
    SpaceAccess access;

    @Inject
    PostBodies bodies;

    public record Draft(UUID spaceId, String body) {
    }

    public record Preview(String html) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Render a draft as it will be shown (sanitized HTML, mentions resolved)")
    public Preview preview(Draft draft) {
        Actor actor = actors.require();
        UUID space = draft == null ? null : draft.spaceId();
        if (space == null) {
            throw new InvalidRequest("spaceId", "spaceId is required");
        }
        access.member(actor, space);
        return new Preview(bodies.render(actor.organisationId(), space, draft.body()).body().html());
    }
}
