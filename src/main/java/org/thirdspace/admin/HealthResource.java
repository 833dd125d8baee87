package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.health.ShowCommunityHealth;
import org.thirdspace.community.health.HealthReport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Community health (admin REST API): the organisation's or one space's figures over a period, as
 * JSON for the console and as CSV for a spreadsheet. Aggregates only; a figure about fewer than
 * five people is null (JSON) or empty (CSV).
 */
@ApplicationScoped
@Path("api/admin/organisations/{organisation}/health")
@Tag(name = "Admin: community health")
public class HealthResource {

    private AdminAccess access;
    private ShowCommunityHealth health;

    protected HealthResource() {
    }

    @Inject
    public HealthResource(AdminAccess access, ShowCommunityHealth health) {
        this.access = access;
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Community health of the organisation, or of one of its spaces (space), from and to dates (YYYY-MM-DD, "
            + "to inclusive; the last 30 days by default); served as computed up to thirdspace.health.cache-seconds ago "
            + "(asOf says when) unless fresh=true")
    public HealthReport show(@PathParam("organisation") UUID organisation, @QueryParam("space") UUID space,
                             @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("fresh") boolean fresh) {
        return health.show(access.require(), organisation, space, day("from", from), day("to", to), fresh, Instant.now());
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV: one row per figure, with its table")
    public Response csv(@PathParam("organisation") UUID organisation, @QueryParam("space") UUID space,
                        @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("fresh") boolean fresh) {
        HealthReport report = health.show(access.require(), organisation, space, day("from", from), day("to", to), fresh, Instant.now());
        return Response.ok(HealthCsv.of(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"community-health.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, field + " must be a date (YYYY-MM-DD)");
        }
    }
}
