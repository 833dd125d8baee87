package org.thirdspace.web.api;

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
import org.thirdspace.application.grading.ChangeLinkGrading;
import org.thirdspace.application.grading.LinkGradingView;
import org.thirdspace.application.grading.ShowLinkGrading;
import org.thirdspace.http.session.Actors;

import java.util.UUID;

/**
 * Participation grades of the course link that opened a space, for the people who teach the course:
 * the setting and each learner's status. A learner gets 403; a space the caller's link does not
 * open, or of another organisation, 404.
 */
@ApplicationScoped
@Path("api/spaces/{id}/grading")
@Tag(name = "Grades")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LinkGradingResource {

    @Inject
    Actors actors;

    @Inject
    ShowLinkGrading showLinkGrading;

    @Inject
    ChangeLinkGrading changeLinkGrading;

    @GET
    @Operation(summary = "Whether grades can go back to the LMS, the setting, and each learner's score and status")
    public LinkGradingView show(@PathParam("id") UUID spaceId) {
        return showLinkGrading.show(actors.require(), spaceId);
    }

    @PUT
    @Operation(summary = "Turn participation grades on (N conversations in a period) or off")
    public LinkGradingView change(@PathParam("id") UUID spaceId, ChangeLinkGrading.Change change) {
        changeLinkGrading.change(actors.require(), spaceId, change);
        return showLinkGrading.show(actors.require(), spaceId);
    }
}
