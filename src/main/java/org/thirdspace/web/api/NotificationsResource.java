package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.person.ListNotifications;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** My notifications and mentions. */
@ApplicationScoped
@Path("api/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Actors actors;

    @Inject
    ListNotifications notifications;

    public record Read(List<UUID> ids) {
    }

    @GET
    @Operation(summary = "Newest first, only those about what I may still read; ?mentions=true for mentions only")
    public ListNotifications.Page list(@QueryParam("mentions") boolean mentions) {
        return notifications.list(actors.require(), mentions, Instant.now());
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark notifications read")
    public Response read(Read read) {
        notifications.markRead(actors.require(), read == null || read.ids() == null ? List.of() : read.ids(), Instant.now());
        return Response.noContent().build();
    }
}
