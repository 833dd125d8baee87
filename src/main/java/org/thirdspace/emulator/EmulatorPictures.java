package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Profile pictures of the emulated LMS's people, the URLs its launches send as the OIDC
 * {@code picture} claim: a plain drawing (a head and shoulders on a coloured disc) per person, so
 * that the tool's avatars show a picture for some people and initials for the others.
 */
@ApplicationScoped
@Path("emulator/people/{person}/picture.svg")
@Tag(name = "LMS emulator (development)")
public class EmulatorPictures {

    @Inject
    EmulatorDirectory directory;

    @GET
    @Operation(summary = "A person's profile picture in the emulated LMS")
    public Response picture(@PathParam("person") String personId) {
        if (directory.person(personId).isEmpty() || !directory.hasPicture(personId)) {
            throw new NotFoundException();
        }
        // Two tones per person, chosen from the id so a picture stays the same across runs.
        String[][] tones = {{"#f2c6a0", "#2f6f8f"}, {"#8d5a3b", "#7a3d8c"}, {"#e0ac69", "#1f7a4d"}, {"#c68642", "#a23b2a"}};
        String[] tone = tones[Math.floorMod(personId.hashCode(), tones.length)];
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 96 96\" width=\"96\" height=\"96\">"
                + "<rect width=\"96\" height=\"96\" fill=\"" + tone[1] + "\"/>"
                + "<circle cx=\"48\" cy=\"38\" r=\"18\" fill=\"" + tone[0] + "\"/>"
                + "<path d=\"M14 96c4-22 18-32 34-32s30 10 34 32z\" fill=\"" + tone[0] + "\"/>"
                + "<path d=\"M30 34c0-14 8-22 18-22s18 8 18 22c-4-8-10-10-18-10s-14 2-18 10z\" fill=\"#2b2b2b\"/></svg>";
        return Response.ok(svg, "image/svg+xml").header("Cache-Control", "public, max-age=3600").build();
    }
}
