package org.thirdspace.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.application.ShowMe;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.web.session.CurrentSession;
import org.thirdspace.web.session.ToolSession;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("api/me")
public class MeResource {

    @Inject
    CurrentSession current;

    @Inject
    ShowMe showMe;

    public record Named(UUID id, String name) {
    }

    public record MeView(Named person, Named organisation, Named course, List<String> roles,
                         boolean organisationAdministrator, String locale) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person, their organisation, course and roles")
    public MeView me() {
        ToolSession session = current.require();
        ShowMe.Me me = showMe.show(session.organisationId(), session.personId(), session.courseId(), session.roles());
        List<String> roles = new ArrayList<>(me.roles().courseRoles().stream().map(CourseRole::name).sorted().toList());
        if (me.roles().organisationAdministrator()) {
            roles.add("ORG_ADMIN");
        }
        return new MeView(new Named(me.personId(), me.name()), new Named(me.organisationId(), me.organisationName()),
                me.courseId() == null ? null : new Named(me.courseId(), me.courseName()), roles,
                me.roles().organisationAdministrator(), session.locale());
    }
}
