package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.owasp.encoder.Encode;
import org.thirdspace.http.page.PageTemplate;

import java.time.Instant;
import java.util.Map;

/**
 * The emulator page's "Seed a month of activity" form: a month of a course's community
 * ({@link EmulatorActivitySeed}), then a page that says what was made and where to look at it.
 */
@ApplicationScoped
@Path("emulator/courses/{course}/activity")
@Tag(name = "LMS emulator (development)")
public class EmulatorActivityControls {

    @Inject
    EmulatorActivitySeed seed;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Seed a month of activity in an emulated course's community (development only)")
    public Response seed(@PathParam("course") String courseId, @FormParam("site") String site) {
        StringBuilder html = new StringBuilder();
        try {
            EmulatorActivitySeed.Seeded month = seed.seed(courseId, "second".equals(site), Instant.now());
            html.append("<h1>A month of activity is seeded</h1><p class=\"ts-lead\" id=\"emu-seeded\">")
                    .append(month.people()).append(" learners of the course came in over the past 30 days: ")
                    .append(month.conversations()).append(" conversations, ").append(month.replies()).append(" replies and ")
                    .append(month.reads()).append(" reads, spread over the month.</p><p>The console's <strong>Health</strong> page"
                            + " shows it (the last 30 days by default).</p>");
        } catch (EmulatorActivitySeed.SeedRefused refused) {
            html.append("<h1>Nothing was seeded</h1><p class=\"ts-lead\" role=\"alert\" id=\"emu-seed-refused\">")
                    .append(Encode.forHtml(refused.getMessage())).append("</p>");
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page("Nothing was seeded", html)).build();
        }
        return Response.ok(page("A month of activity is seeded", html), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String page(String title, StringBuilder content) {
        content.append("<form method=\"post\" action=\"/emulator/console\" class=\"ts-actions\"><button type=\"submit\" id=\"emu-open-console\">"
                + "Open the console as operator</button> <a href=\"/emulator\">Back to the LMS</a></form>");
        return PageTemplate.named("emulator-page").render(Map.of("title", title, "organisation", EmulatorDirectory.ORGANISATION,
                "content", content.toString()));
    }
}
