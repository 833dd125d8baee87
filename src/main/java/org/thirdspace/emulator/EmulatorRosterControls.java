package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Changes the emulated LMS's rosters, for newcomers (forms on the emulator's home page) and tests
 * (JSON): resize a course's generated roster, set its page size and number of groups, create a
 * course, mark a member Inactive, Deleted or Active again, rename them.
 */
@ApplicationScoped
@Path("emulator/courses/{course}/roster")
@Tag(name = "LMS emulator (development)")
public class EmulatorRosterControls {

    static final int MAX_SIZE = 1_000_000;
    private static final Set<String> STATUSES = Set.of("Active", "Inactive", "Deleted");

    @Inject
    EmulatorDirectory directory;

    @Inject
    EmulatorRosters rosters;

    @Inject
    EmulatorServiceTokens tokens;

    /** {@code learners}: people of the directory enrolled as learners when the course is created (besides Grace and Ada). */
    public record RosterSettings(Integer size, Integer pageSize, Integer groups, String title, List<String> learners) {
    }

    public record MemberChange(String status, String givenName, String familyName) {
    }

    public record RosterSummary(String course, String title, int generated, int pageSize, int groups, int listed, long version,
                                String generatedSubjectPrefix) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An emulated course's roster settings")
    public RosterSummary show(@PathParam("course") String courseId) {
        return summary(courseId, rosters.roster(courseId).orElseThrow(NotFoundException::new));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or resize an emulated course's roster")
    public RosterSummary configure(@PathParam("course") String courseId, RosterSettings settings) {
        if (settings == null || !courseId.matches("[a-z0-9-]{1,60}")) {
            throw new BadRequestException();
        }
        if (settings.learners() != null && settings.learners().stream().anyMatch(p -> directory.person(p).isEmpty())) {
            throw new BadRequestException("learners must be people of the emulated LMS");
        }
        directory.ensureCourse(courseId, settings.title(), settings.learners() == null ? List.of() : settings.learners());
        EmulatedRoster roster = rosters.roster(courseId).orElseThrow();
        roster.configure(bounded(settings.size(), 0, MAX_SIZE), bounded(settings.pageSize(), 1, 10_000), bounded(settings.groups(), 0, 10_000));
        return summary(courseId, roster);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Resize an emulated course's roster (form on the emulator's page)")
    public Response configureByForm(@PathParam("course") String courseId, @FormParam("size") Integer size,
                                    @FormParam("pageSize") Integer pageSize, @FormParam("groups") Integer groups) {
        EmulatedRoster roster = rosters.roster(courseId).orElseThrow(NotFoundException::new);
        roster.configure(bounded(size, 0, MAX_SIZE), bounded(pageSize, 1, 10_000), bounded(groups, 0, 10_000));
        return Response.seeOther(URI.create("/emulator#" + courseId)).build();
    }

    @PUT
    @Path("members/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one member: status Active, Inactive or Deleted, and optionally the name")
    public RosterSummary change(@PathParam("course") String courseId, @PathParam("key") String key, MemberChange change) {
        EmulatedRoster roster = rosters.roster(courseId).orElseThrow(NotFoundException::new);
        apply(roster, key, change);
        return summary(courseId, roster);
    }

    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Change one member's status (form on the emulator's page)")
    public Response changeByForm(@PathParam("course") String courseId, @FormParam("key") String key, @FormParam("status") String status) {
        EmulatedRoster roster = rosters.roster(courseId).orElseThrow(NotFoundException::new);
        apply(roster, key == null ? "" : key.trim(), new MemberChange(status, null, null));
        return Response.seeOther(URI.create("/emulator#" + courseId)).build();
    }

    @POST
    @Path("revoke-tokens")
    @Operation(summary = "Invalidate every access token the emulated LMS issued (the tool must fetch a new one)")
    public Response revokeTokens(@PathParam("course") String courseId) {
        tokens.revokeAll();
        return Response.noContent().build();
    }

    private static void apply(EmulatedRoster roster, String key, MemberChange change) {
        if (change == null || change.status() == null || !STATUSES.contains(change.status())) {
            throw new BadRequestException("status must be Active, Inactive or Deleted");
        }
        if (!roster.has(key)) {
            throw new NotFoundException("no member " + key + " in this course");
        }
        roster.change(key, new EmulatedRoster.Change(change.status(), change.givenName(), change.familyName()));
    }

    private static Integer bounded(Integer value, int min, int max) {
        return value == null ? null : Math.max(min, Math.min(max, value));
    }

    private RosterSummary summary(String courseId, EmulatedRoster roster) {
        EmulatedCourse course = directory.course(courseId).orElseThrow(NotFoundException::new);
        return new RosterSummary(courseId, course.title(), roster.size(), roster.pageSize(), roster.groups(), roster.listed(),
                roster.version(), "northwind-" + courseId + "-m");
    }
}
