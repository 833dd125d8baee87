package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * "Mark completed" on an emulated course's page: these members completed the course, and from then
 * on their launches and roster listings carry the custom value {@code course_completed} (the
 * date-time of completion, ISO-8601), as an LMS does for a link parameter it substitutes with the
 * learner's completion; a differences listing lists them. Nothing is marked when any key is unknown.
 */
@ApplicationScoped
@Path("emulator/courses/{course}/completions")
@Tag(name = "LMS emulator (development)")
public class EmulatorCompletions {

    @Inject
    EmulatorDirectory directory;

    @Inject
    EmulatorRosters rosters;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Mark members of an emulated course completed (keys such as ada or m3, comma-separated): "
            + "their launches and roster listings carry course_completed from then on")
    public Response complete(@PathParam("course") String courseId, @FormParam("members") String members,
                             @FormParam("person") String personId) {
        directory.course(courseId).orElseThrow(NotFoundException::new);
        List<String> keys = members == null ? List.of()
                : Arrays.stream(members.split(",")).map(String::trim).filter(k -> !k.isEmpty()).distinct().toList();
        if (keys.isEmpty()) {
            throw new BadRequestException("members must name at least one member of the course, such as ada or m3");
        }
        EmulatedRoster roster = rosters.roster(courseId).orElse(null);
        List<String> unknown = keys.stream()
                .filter(k -> directory.roles(courseId, k).isEmpty() && (roster == null || !roster.has(k))).toList();
        if (!unknown.isEmpty()) {
            throw new BadRequestException("not members of the course: " + String.join(", ", unknown));
        }
        Instant now = Instant.now();
        for (String key : keys) {
            directory.complete(courseId, key, now);
            if (roster != null) {
                roster.customChanged(key);
            }
        }
        boolean enrolled = personId != null && directory.roles(courseId, personId).isPresent();
        return Response.seeOther(URI.create(enrolled
                ? "/emulator/courses/" + EmulatorNamesRoles.encode(courseId) + "/as/" + EmulatorNamesRoles.encode(personId)
                : "/emulator#" + EmulatorNamesRoles.encode(courseId))).build();
    }
}
