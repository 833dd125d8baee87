package org.thirdspace.web.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.roster.CourseRosterView;
import org.thirdspace.application.roster.Requester;
import org.thirdspace.application.roster.ShowRosterSync;
import org.thirdspace.application.roster.StartRosterSync;
import org.thirdspace.http.session.CurrentSession;
import org.thirdspace.http.session.ToolSession;

import java.net.URI;
import java.util.UUID;

/**
 * A course's roster sync for people who teach it and for administrators (signed in by launch):
 * start one and watch it. A learner gets 403, a course of another organisation 404.
 */
@ApplicationScoped
@Path("api/courses/{courseId}/roster")
@Tag(name = "Roster")
@Produces(MediaType.APPLICATION_JSON)
public class RosterSyncResource {

    @Inject
    CurrentSession current;

    @Inject
    StartRosterSync startRosterSync;

    @Inject
    ShowRosterSync showRosterSync;

    static Requester requester(ToolSession session) {
        return new Requester(session.organisationId(), session.personId(), session.courseId(), session.roles());
    }

    @GET
    @Path("sync")
    @Operation(summary = "The course's roster and its latest sync run (progress, errors, last successful sync)")
    public CourseRosterView show(@PathParam("courseId") UUID courseId) {
        return CourseRosterView.forFacilitators(showRosterSync.forFacilitator(requester(current.require()), courseId), null);
    }

    @POST
    @Path("sync")
    @Operation(summary = "Start a roster sync: 202 with the new run, or 200 with the run already going")
    public Response start(@PathParam("courseId") UUID courseId) {
        Requester requester = requester(current.require());
        StartRosterSync.Started started = startRosterSync.byFacilitator(requester, courseId);
        CourseRosterView view = CourseRosterView.forFacilitators(showRosterSync.forFacilitator(requester, courseId), started.sync());
        return Response.status(started.startedNow() ? 202 : 200)
                .location(URI.create("/api/courses/" + courseId + "/roster/sync"))
                .header("Cache-Control", "no-store")
                .entity(view).build();
    }
}
