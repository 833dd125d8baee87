package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.session.EndSessions;

import java.time.Instant;
import java.util.UUID;

/**
 * Ending every session of the whole organisation (admin REST API; a person's sessions are ended
 * under {@link PeopleResource}, which owns the addresses below {@code people}). The organisation is
 * the platform registration. Each call is in the admin audit log.
 */
@ApplicationScoped
@Path("api/admin/organisations/{organisation}")
@Tag(name = "Admin: sessions")
public class SessionsResource {

    private AdminAccess access;
    private EndSessions endSessions;

    protected SessionsResource() {
    }

    @Inject
    public SessionsResource(AdminAccess access, EndSessions endSessions) {
        this.access = access;
        this.endSessions = endSessions;
    }

    @DELETE
    @Path("sessions")
    @Operation(summary = "End every session of the organisation at once (everyone launches again)")
    public Response organisation(@PathParam("organisation") UUID organisation) {
        endSessions.ofOrganisation(access.require(), organisation, Instant.now());
        return Response.noContent().build();
    }
}
