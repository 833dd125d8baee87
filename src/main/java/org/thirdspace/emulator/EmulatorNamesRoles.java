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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulated LMS's Names and Role Provisioning Service 2.0: a course's membership container,
 * paged with {@code Link: rel="next"}, with a {@code rel="differences"} link on every page that
 * returns the changes since the listing began (removed members with status Deleted), and the
 * resource link's custom values per member when asked with {@code rlid}. A bearer token from the
 * emulator's token endpoint with the NRPS scope is required.
 */
@ApplicationScoped
@Path("emulator/nrps/{course}/memberships")
@Tag(name = "LMS emulator (development)")
public class EmulatorNamesRoles {

    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    @Inject
    EmulatorDirectory directory;

    @Inject
    EmulatorRosters rosters;

    @Inject
    EmulatorServiceTokens tokens;

    @Inject
    ToolSettings settings;

    @GET
    @Operation(summary = "Context membership container of an emulated course (NRPS 2.0)")
    public Response memberships(@PathParam("course") String courseId, @HeaderParam("Authorization") String authorization,
                                @HeaderParam("Accept") String accept, @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("limit") Integer limit, @QueryParam("rlid") String rlid,
                                @QueryParam("since") Long since, @QueryParam("v") Long atVersion) {
        if (!tokens.allows(authorization, EmulatorServiceTokens.NRPS_SCOPE)) {
            return Response.status(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
        }
        if (accept != null && !accept.contains(MEDIA_TYPE) && !accept.contains("*/*")) {
            return Response.status(406).build();
        }
        EmulatedCourse course = directory.course(courseId).orElse(null);
        EmulatedRoster roster = course == null ? null : rosters.roster(courseId).orElse(null);
        if (roster == null) {
            return Response.status(404).build();
        }
        EmulatedLink link = rlid == null ? null : directory.link(courseId, rlid).orElse(null);
        if (rlid != null && link == null) {
            return Response.status(400).build();
        }
        int size = Math.max(1, Math.min(limit == null ? roster.pageSize() : limit, roster.pageSize()));
        long version = atVersion != null ? atVersion : roster.version();
        List<String> keys = since == null ? roster.listing(page * size, size + 1) : roster.changedSince(since, page * size, size + 1);
        boolean more = keys.size() > size;
        List<Object> members = new ArrayList<>();
        for (String key : keys.subList(0, Math.min(size, keys.size()))) {
            members.add(rosters.member(course, roster, key, link));
        }
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("id", url(courseId, page, size, rlid, since, version));
        container.put("context", Map.of("id", course.id(), "label", course.label(), "title", course.title()));
        container.put("members", members);
        Response.ResponseBuilder response = Response.ok(JSONObjectUtils.toJSONString(container), MEDIA_TYPE)
                .header("Link", "<" + url(courseId, 0, size, rlid, version, null) + ">; rel=\"differences\"");
        if (more) {
            response.header("Link", "<" + url(courseId, page + 1, size, rlid, since, version) + ">; rel=\"next\"");
        }
        return response.build();
    }

    private String url(String courseId, int page, int size, String rlid, Long since, Long version) {
        StringBuilder url = new StringBuilder(settings.url("/emulator/nrps/" + encode(courseId) + "/memberships"))
                .append("?limit=").append(size);
        if (page > 0) {
            url.append("&page=").append(page);
        }
        if (rlid != null) {
            url.append("&rlid=").append(encode(rlid));
        }
        if (since != null) {
            url.append("&since=").append(since);
        }
        if (version != null) {
            url.append("&v=").append(version);
        }
        return url.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
