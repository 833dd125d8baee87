package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The emulated LMS's public key set, which the tool fetches like any platform's. */
@ApplicationScoped
@Path("emulator/jwks")
@Tag(name = "LMS emulator (development)")
public class EmulatorKeys {

    @Inject
    EmulatorPlatform platform;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Public keys of the emulated LMS")
    public String keys() {
        return platform.publicKeys().toString(true);
    }
}
