package org.thirdspace.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.application.Actor;
import org.thirdspace.application.digest.SetDigestPreference;
import org.thirdspace.application.digest.ShowDigestPreference;
import org.thirdspace.http.session.Actors;

import java.time.Instant;

/** The signed-in person's own digest setting: how often they receive the e-mail digest. */
@RequestScoped
@Path("api/me/digest")
public class DigestResource {

    @Inject
    Actors actors;

    @Inject
    ShowDigestPreference show;

    @Inject
    SetDigestPreference set;

    public record Request(String frequency) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My digest frequency (weekly, daily or off), and whether an e-mail can reach me")
    public ShowDigestPreference.Preference get() {
        return show.show(actors.require());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose my digest frequency: weekly, daily or off")
    public ShowDigestPreference.Preference put(Request request) {
        Actor actor = actors.require();
        set.set(actor, request == null ? null : request.frequency(), Instant.now());
        return show.show(actor);
    }
}
