package org.thirdspace.emulator;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.config.ToolSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulated LMS's Course Groups Service 1.0: each course has one group set, "Cohorts", with as
 * many groups as its roster settings say, paged like the roster.
 */
@ApplicationScoped
@Path("emulator/groups/{course}")
@Tag(name = "LMS emulator (development)")
public class EmulatorGroupsService {

    static final String GROUPS_MEDIA_TYPE = "application/vnd.ims.lti-gs.v1.contextgroupcontainer+json";
    static final String SETS_MEDIA_TYPE = "application/vnd.ims.lti-gs.v1.contextgroupsetcontainer+json";

    @Inject
    EmulatorRosters rosters;

    @Inject
    EmulatorServiceTokens tokens;

    @Inject
    ToolSettings settings;

    @GET
    @Operation(summary = "Groups of an emulated course (Course Groups Service)")
    public Response groups(@PathParam("course") String courseId, @HeaderParam("Authorization") String authorization,
                           @QueryParam("page") @DefaultValue("0") int page) {
        if (!tokens.allows(authorization, EmulatorServiceTokens.GROUPS_SCOPE)) {
            return Response.status(401).build();
        }
        EmulatedRoster roster = rosters.roster(courseId).orElse(null);
        if (roster == null) {
            return Response.status(404).build();
        }
        int size = roster.pageSize();
        List<Object> groups = new ArrayList<>();
        for (int i = page * size; i < Math.min(roster.groups(), (page + 1) * size); i++) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("id", EmulatorRosters.groupId(courseId, i));
            group.put("name", "Cohort " + (i + 1));
            group.put("tag", "cohort");
            group.put("set_ids", List.of(EmulatorRosters.groupSetId(courseId)));
            groups.add(group);
        }
        Response.ResponseBuilder response = Response.ok(JSONObjectUtils.toJSONString(Map.of(
                "id", base(courseId), "groups", groups)), GROUPS_MEDIA_TYPE);
        if ((page + 1) * size < roster.groups()) {
            response.header("Link", "<" + base(courseId) + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("sets")
    @Operation(summary = "Group sets of an emulated course (Course Groups Service)")
    public Response sets(@PathParam("course") String courseId, @HeaderParam("Authorization") String authorization) {
        if (!tokens.allows(authorization, EmulatorServiceTokens.GROUPS_SCOPE)) {
            return Response.status(401).build();
        }
        EmulatedRoster roster = rosters.roster(courseId).orElse(null);
        if (roster == null) {
            return Response.status(404).build();
        }
        List<Object> sets = roster.groups() == 0 ? List.of()
                : List.of(Map.of("id", EmulatorRosters.groupSetId(courseId), "name", "Cohorts"));
        return Response.ok(JSONObjectUtils.toJSONString(Map.of("id", base(courseId) + "/sets", "sets", sets)), SETS_MEDIA_TYPE).build();
    }

    private String base(String courseId) {
        return settings.url("/emulator/groups/" + EmulatorNamesRoles.encode(courseId));
    }
}
