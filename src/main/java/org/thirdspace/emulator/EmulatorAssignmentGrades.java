package org.thirdspace.emulator;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.config.ToolSettings;

import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulated LMS's Assignment and Grade Services 2.0: a course's line items container (filtered
 * by {@code resource_link_id} and {@code tag}), line items, scores and results. Every call needs a
 * bearer token from the emulator's token endpoint with the scope the call needs (§3.1); a score
 * whose timestamp is not newer than the learner's last one is refused with 409; a deleted line
 * item answers 404. Tests make score posts fail with {@link EmulatorGradeControls}.
 */
@ApplicationScoped
@Path("emulator/ags/{course}/lineitems")
@Tag(name = "LMS emulator (development)")
public class EmulatorAssignmentGrades {

    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";
    /** Longer than the tool's outbound timeout (thirdspace.http.timeout-millis, 3 s by default). */
    static final long SLOW_MILLIS = 4_000;

    @Inject
    EmulatorGradebook gradebook;

    @Inject
    EmulatorServiceTokens tokens;

    @Inject
    EmulatorDirectory directory;

    @Inject
    ToolSettings settings;

    @GET
    @Operation(summary = "Line items of an emulated course (AGS 2.0 §3.2), filtered by resource_link_id and tag")
    public Response list(@PathParam("course") String courseId, @HeaderParam("Authorization") String authorization,
                         @QueryParam("resource_link_id") String resourceLinkId, @QueryParam("tag") String tag) {
        if (!tokens.allows(authorization, EmulatorGradebook.LINE_ITEM_SCOPE)
                && !tokens.allows(authorization, EmulatorGradebook.LINE_ITEM_READ_SCOPE)) {
            return unauthorized();
        }
        if (directory.course(courseId).isEmpty()) {
            return Response.status(404).build();
        }
        List<Object> items = new ArrayList<>();
        gradebook.lineItems(courseId, resourceLinkId, tag).forEach(item -> items.add(json(courseId, item)));
        return Response.ok(JSONArrayUtils.toJSONString(items), CONTAINER).build();
    }

    @POST
    @Operation(summary = "Create a line item (AGS 2.0 §3.2.6)")
    public Response create(@PathParam("course") String courseId, @HeaderParam("Authorization") String authorization,
                           @HeaderParam("Content-Type") String contentType, String body) {
        if (!tokens.allows(authorization, EmulatorGradebook.LINE_ITEM_SCOPE)) {
            return unauthorized();
        }
        if (directory.course(courseId).isEmpty()) {
            return Response.status(404).build();
        }
        if (contentType == null || !contentType.startsWith(LINE_ITEM)) {
            return Response.status(415).build();
        }
        Map<String, Object> item;
        try {
            item = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            return Response.status(400).build();
        }
        if (!(item.get("scoreMaximum") instanceof Number maximum) || maximum.doubleValue() <= 0
                || !(item.get("label") instanceof String label) || label.isBlank()) {
            return Response.status(400).entity("scoreMaximum > 0 and label are required").build();
        }
        EmulatorGradebook.LineItem created = gradebook.create(courseId, label, maximum.intValue(),
                item.get("resourceLinkId") instanceof String link ? link : null, item.get("tag") instanceof String tag ? tag : null);
        return Response.status(201).entity(JSONObjectUtils.toJSONString(json(courseId, created))).type(LINE_ITEM).build();
    }

    @GET
    @Path("{item}")
    @Operation(summary = "One line item")
    public Response show(@PathParam("course") String courseId, @PathParam("item") String itemId,
                         @HeaderParam("Authorization") String authorization) {
        if (!tokens.allows(authorization, EmulatorGradebook.LINE_ITEM_SCOPE)
                && !tokens.allows(authorization, EmulatorGradebook.LINE_ITEM_READ_SCOPE)) {
            return unauthorized();
        }
        EmulatorGradebook.LineItem item = gradebook.course(courseId).lineItems.get(itemId);
        return item == null ? Response.status(404).build()
                : Response.ok(JSONObjectUtils.toJSONString(json(courseId, item)), LINE_ITEM).build();
    }

    @POST
    @Path("{item}/scores")
    @Operation(summary = "Post a score (AGS 2.0 §3.4); 409 when its timestamp is not newer than the learner's last")
    public Response score(@PathParam("course") String courseId, @PathParam("item") String itemId,
                          @HeaderParam("Authorization") String authorization, @HeaderParam("Content-Type") String contentType,
                          String body) throws InterruptedException {
        EmulatorGradebook.Fault fault = gradebook.takeFault(courseId);
        if (fault == EmulatorGradebook.Fault.UNAUTHORIZED || !tokens.allows(authorization, EmulatorGradebook.SCORE_SCOPE)) {
            return unauthorized();
        }
        if (fault == EmulatorGradebook.Fault.UNAVAILABLE) {
            return Response.status(503).build();
        }
        if (fault == EmulatorGradebook.Fault.SLOW) {
            Thread.sleep(SLOW_MILLIS);
            return Response.status(503).build();
        }
        if (fault == EmulatorGradebook.Fault.CONFLICT) {
            return Response.status(409).entity("a score with a later timestamp exists").build();
        }
        if (gradebook.course(courseId).lineItems.get(itemId) == null) {
            return Response.status(404).build();
        }
        if (contentType == null || !contentType.startsWith(SCORE)) {
            return Response.status(415).build();
        }
        EmulatorGradebook.Score score;
        try {
            Map<String, Object> json = JSONObjectUtils.parse(body);
            score = new EmulatorGradebook.Score((String) json.get("userId"), (Number) json.get("scoreGiven"),
                    (Number) json.get("scoreMaximum"), (String) json.get("activityProgress"), (String) json.get("gradingProgress"),
                    Instant.parse((String) json.get("timestamp")));
        } catch (ParseException | ClassCastException | NullPointerException | DateTimeParseException e) {
            return Response.status(400).entity("userId, activityProgress, gradingProgress and an ISO-8601 timestamp are required").build();
        }
        if (score.userId() == null || score.activityProgress() == null || score.gradingProgress() == null
                || (score.scoreGiven() != null && score.scoreMaximum() == null)) {
            return Response.status(400).build();
        }
        if (!gradebook.score(courseId, itemId, score)) {
            return Response.status(409).entity("the timestamp is not after the last score's").build();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("{item}/results")
    @Operation(summary = "Results of a line item (AGS 2.0 §3.3)")
    public Response results(@PathParam("course") String courseId, @PathParam("item") String itemId,
                            @HeaderParam("Authorization") String authorization) {
        if (!tokens.allows(authorization, EmulatorGradebook.RESULT_SCOPE)) {
            return unauthorized();
        }
        if (gradebook.course(courseId).lineItems.get(itemId) == null) {
            return Response.status(404).build();
        }
        return Response.ok(JSONArrayUtils.toJSONString(results(courseId, itemId)), RESULTS).build();
    }

    List<Object> results(String courseId, String itemId) {
        String lineItem = settings.url("/emulator/ags/" + EmulatorNamesRoles.encode(courseId) + "/lineitems/" + itemId);
        List<Object> results = new ArrayList<>();
        gradebook.scores(courseId, itemId).values().forEach(score -> {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", lineItem + "/results/" + EmulatorNamesRoles.encode(score.userId()));
            result.put("scoreOf", lineItem);
            result.put("userId", score.userId());
            result.put("resultScore", score.scoreGiven());
            result.put("resultMaximum", score.scoreMaximum());
            result.put("activityProgress", score.activityProgress());
            result.put("gradingProgress", score.gradingProgress());
            result.put("timestamp", score.timestamp().toString());
            results.add(result);
        });
        return results;
    }

    private Map<String, Object> json(String courseId, EmulatorGradebook.LineItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", settings.url("/emulator/ags/" + EmulatorNamesRoles.encode(courseId) + "/lineitems/" + item.id()));
        json.put("label", item.label());
        json.put("scoreMaximum", item.scoreMaximum());
        if (item.resourceLinkId() != null) {
            json.put("resourceLinkId", item.resourceLinkId());
        }
        if (item.tag() != null) {
            json.put("tag", item.tag());
        }
        return json;
    }

    private static Response unauthorized() {
        return Response.status(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }
}
