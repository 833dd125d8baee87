package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emulated LMS's gradebook for tests and newcomers (JSON): read a course's line items and
 * scores, make its next score posts answer 401, 409, 503 or too slowly, delete its line items (the
 * next score gets 404), and choose which AGS scopes its launches offer.
 */
@ApplicationScoped
@Path("emulator/courses/{course}/grades")
@Tag(name = "LMS emulator (development)")
@Produces(MediaType.APPLICATION_JSON)
public class EmulatorGradeControls {

    private static final Map<String, EmulatorGradebook.Fault> FAULTS = Map.of(
            "401", EmulatorGradebook.Fault.UNAUTHORIZED, "409", EmulatorGradebook.Fault.CONFLICT,
            "503", EmulatorGradebook.Fault.UNAVAILABLE, "slow", EmulatorGradebook.Fault.SLOW);

    @Inject
    EmulatorGradebook gradebook;

    @Inject
    EmulatorDirectory directory;

    public record Gradebook(List<Column> lineItems, int scorePosts, List<String> scopes) {
    }

    public record Column(String id, String label, int scoreMaximum, String resourceLinkId, String tag, List<Row> scores) {
    }

    /** A learner's latest score in a column. */
    public record Row(String userId, Double scoreGiven, Double scoreMaximum, String activityProgress, String gradingProgress,
                      String timestamp) {

        static Row of(EmulatorGradebook.Score score) {
            return new Row(score.userId(), score.scoreGiven() == null ? null : score.scoreGiven().doubleValue(),
                    score.scoreMaximum() == null ? null : score.scoreMaximum().doubleValue(), score.activityProgress(),
                    score.gradingProgress(), score.timestamp().toString());
        }
    }

    /** {@code fault}: 401, 409, 503, slow or none; {@code times}: how many score posts answer with it. */
    public record FaultSettings(String fault, Integer times) {
    }

    public record ScopeSettings(List<String> scopes) {
    }

    @GET
    @Operation(summary = "An emulated course's gradebook: line items and each learner's latest score")
    public Gradebook show(@PathParam("course") String courseId) {
        course(courseId);
        List<Column> columns = new ArrayList<>();
        for (EmulatorGradebook.LineItem item : gradebook.lineItems(courseId, null, null)) {
            columns.add(new Column(item.id(), item.label(), item.scoreMaximum(), item.resourceLinkId(), item.tag(),
                    gradebook.scores(courseId, item.id()).values().stream().map(Row::of).toList()));
        }
        return new Gradebook(columns, gradebook.scorePosts(courseId), gradebook.scopes(courseId));
    }

    @PUT
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make the next score posts answer 401, 409, 503 or too slowly (none: answer normally)")
    public Response fail(@PathParam("course") String courseId, FaultSettings settings) {
        course(courseId);
        if (settings == null || settings.fault() == null || !(FAULTS.containsKey(settings.fault()) || "none".equals(settings.fault()))) {
            throw new BadRequestException("fault must be 401, 409, 503, slow or none");
        }
        int times = settings.times() == null ? 1 : Math.max(0, Math.min(1000, settings.times()));
        gradebook.fail(courseId, FAULTS.get(settings.fault()), "none".equals(settings.fault()) ? 0 : times);
        return Response.noContent().build();
    }

    @DELETE
    @Path("lineitems")
    @Operation(summary = "Delete every line item of the course, as a teacher deleting the gradebook column")
    public Response deleteLineItems(@PathParam("course") String courseId) {
        course(courseId);
        gradebook.deleteLineItems(courseId);
        return Response.noContent().build();
    }

    @PUT
    @Path("scopes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The AGS scopes the course's launches offer")
    public Response scopes(@PathParam("course") String courseId, ScopeSettings settings) {
        course(courseId);
        if (settings == null || settings.scopes() == null || !EmulatorGradebook.known(Set.copyOf(settings.scopes()))) {
            throw new BadRequestException("scopes must be AGS scopes");
        }
        gradebook.offerScopes(courseId, settings.scopes());
        return Response.noContent().build();
    }

    private void course(String courseId) {
        directory.course(courseId).orElseThrow(NotFoundException::new);
    }
}
