package org.thirdspace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.application.ShowMe;
import org.thirdspace.http.session.CurrentSession;
import org.thirdspace.http.session.ToolSession;

@ApplicationScoped
@Path("api/me")
public class MeResource {

    @Inject
    CurrentSession current;

    @Inject
    ShowMe showMe;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person, their organisation, course and roles")
    public MeView me() {
        ToolSession session = current.require();
        ShowMe.Me me = showMe.show(session.organisationId(), session.personId(), session.courseId(), session.roles());
        return MeView.of(me.personId(), me.name(), me.organisationId(), me.organisationName(), me.courseId(), me.courseName(),
                me.roles(), session.locale());
    }
}
