package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.roster.CourseRosterView;
import org.thirdspace.application.roster.ListCourseMembers;
import org.thirdspace.application.roster.ShowRosterSync;
import org.thirdspace.application.roster.StartRosterSync;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.roster.RosterEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A course's roster for administrators: its state, a sync on demand, and its members with or without access. */
@ApplicationScoped
@Path("api/admin/rosters/{courseId}")
@Tag(name = "Admin: rosters")
@Produces(MediaType.APPLICATION_JSON)
public class RostersResource {

    @Inject
    AdminAccess access;

    @Inject
    ShowRosterSync showRosterSync;

    @Inject
    StartRosterSync startRosterSync;

    @Inject
    ListCourseMembers listMembers;

    public record MemberView(UUID personId, String subject, String name, List<String> roles, String status, String source,
                             Instant lastLaunchAt) {
        static MemberView of(RosterEntry e) {
            List<String> roles = new ArrayList<>(e.roles().courseRoles().stream().map(CourseRole::name).sorted().toList());
            return new MemberView(e.personId(), e.subject(), e.name(), roles, e.status().name().toLowerCase(Locale.ROOT),
                    e.source().name().toLowerCase(Locale.ROOT), e.lastLaunchAt());
        }
    }

    public record MembersView(long total, List<MemberView> members) {
    }

    @GET
    @Operation(summary = "The course's roster and its latest sync run")
    public CourseRosterView show(@PathParam("courseId") UUID courseId) {
        return CourseRosterView.of(showRosterSync.forAdministrator(access.require(), courseId), null);
    }

    @POST
    @Path("sync")
    @Operation(summary = "Start a roster sync: 202 with the new run, or 200 with the run already going")
    public Response sync(@PathParam("courseId") UUID courseId) {
        Administrator admin = access.require();
        StartRosterSync.Started started = startRosterSync.byAdministrator(admin, courseId);
        return Response.status(started.startedNow() ? 202 : 200)
                .entity(CourseRosterView.of(showRosterSync.forAdministrator(admin, courseId), started.sync())).build();
    }

    @GET
    @Path("members")
    @Operation(summary = "The course's members (status: active or inactive; all when absent)")
    public MembersView members(@PathParam("courseId") UUID courseId, @QueryParam("status") String status,
                               @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        ListCourseMembers.MembersPage page = listMembers.list(access.require(), courseId, status, offset, limit);
        return new MembersView(page.total(), page.members().stream().map(MemberView::of).toList());
    }
}
