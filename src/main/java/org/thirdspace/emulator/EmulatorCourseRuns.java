package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/**
 * "End the course run" on an emulated course's page: the course's end date becomes now, and from
 * then on its launches and roster listings carry the custom value {@code course_end} (ISO-8601),
 * as an LMS does for a link parameter {@code course_end=$CourseSection.timeFrame.end} (LTI 1.3
 * Appendix C, LIS variables). Every roster member changed: a differences listing lists them all.
 */
@ApplicationScoped
@Path("emulator/courses/{course}/end")
@Tag(name = "LMS emulator (development)")
public class EmulatorCourseRuns {

    @Inject
    EmulatorDirectory directory;

    @Inject
    EmulatorRosters rosters;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "End an emulated course's run now: launches and rosters carry course_end from then on")
    public Response end(@PathParam("course") String courseId, @FormParam("person") String personId) {
        directory.course(courseId).orElseThrow(NotFoundException::new);
        directory.endRun(courseId, Instant.now());
        rosters.roster(courseId).ifPresent(EmulatedRoster::everyoneChanged);
        boolean enrolled = personId != null && directory.roles(courseId, personId).isPresent();
        return Response.seeOther(URI.create(enrolled
                ? "/emulator/courses/" + EmulatorNamesRoles.encode(courseId) + "/as/" + EmulatorNamesRoles.encode(personId)
                : "/emulator#" + EmulatorNamesRoles.encode(courseId))).build();
    }
}
