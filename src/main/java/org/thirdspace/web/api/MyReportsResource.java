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
import org.thirdspace.application.moderation.MyReport;
import org.thirdspace.application.moderation.ShowMyReports;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A member's own reports and their outcomes; never who else reported. */
@ApplicationScoped
@Path("api/me/reports")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
public class MyReportsResource {

    @Inject
    Actors actors;

    @Inject
    ShowMyReports reports;

    @GET
    @Operation(summary = "My reports and how each ended (UNDER_REVIEW, UPHELD or DISMISSED)")
    public List<MyReport> mine() {
        return reports.mine(actors.require());
    }
}
