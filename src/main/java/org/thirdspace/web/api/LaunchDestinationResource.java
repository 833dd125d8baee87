package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.courselink.FindLaunchDestination;
import org.thirdspace.application.courselink.LaunchDestination;
import org.thirdspace.http.session.Actors;

import java.time.Instant;

/** Where the current launch leads (for a page reloaded after the launch). */
@ApplicationScoped
@Path("api/launch/destination")
@Tag(name = "Spaces")
public class LaunchDestinationResource {

    @Inject
    Actors actors;

    @Inject
    FindLaunchDestination destinations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The space this launch opens, a choice of spaces, or 'not set up yet'")
    public LaunchDestination destination() {
        return destinations.find(actors.require(), null, null, Instant.now());
    }
}
