package org.thirdspace.web.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.roster.ShowCourseGroups;
import org.thirdspace.community.coursegroup.CourseGroup;
import org.thirdspace.community.coursegroup.CourseGroupSet;
import org.thirdspace.community.coursegroup.GroupMemberEntry;
import org.thirdspace.http.session.CurrentSession;

import java.util.List;
import java.util.UUID;

/** The LMS's groups and group sets of a course (Course Groups Service), to seed peer groups from. */
@ApplicationScoped
@Path("api/courses/{courseId}/groups")
@Tag(name = "Roster")
@Produces(MediaType.APPLICATION_JSON)
public class CourseGroupsResource {

    @Inject
    CurrentSession current;

    @Inject
    ShowCourseGroups showGroups;

    public record SetView(UUID id, String key, String name, String tag, boolean active) {
        static SetView of(CourseGroupSet s) {
            return new SetView(s.id(), s.key(), s.name(), s.tag(), s.isActive());
        }
    }

    public record GroupView(UUID id, String key, String name, String tag, List<String> setKeys, boolean active, long members) {
    }

    public record GroupsView(List<SetView> sets, List<GroupView> groups) {
    }

    public record MemberView(UUID personId, String name, boolean active) {
        static MemberView of(GroupMemberEntry e) {
            return new MemberView(e.personId(), e.name(), e.active());
        }
    }

    @GET
    @Operation(summary = "Group sets and groups of the course as the LMS defines them, with their active member counts")
    public GroupsView groups(@PathParam("courseId") UUID courseId) {
        ShowCourseGroups.Groups groups = showGroups.show(RosterSyncResource.requester(current.require()), courseId);
        List<GroupView> views = groups.groups().stream().map((CourseGroup g) -> new GroupView(g.id(), g.key(), g.name(), g.tag(),
                g.setKeys(), g.isActive(), groups.memberCounts().getOrDefault(g.id(), 0L))).toList();
        return new GroupsView(groups.sets().stream().map(SetView::of).toList(), views);
    }

    @GET
    @Path("{groupId}/members")
    @Operation(summary = "People in one of the course's groups")
    public List<MemberView> members(@PathParam("courseId") UUID courseId, @PathParam("groupId") UUID groupId,
                                    @QueryParam("limit") @DefaultValue("500") int limit) {
        return showGroups.members(RosterSyncResource.requester(current.require()), courseId, groupId, limit).stream()
                .map(MemberView::of).toList();
    }
}
