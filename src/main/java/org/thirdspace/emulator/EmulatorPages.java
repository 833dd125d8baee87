package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.owasp.encoder.Encode;
import org.thirdspace.http.page.PageTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulated LMS's pages: the organisation's courses and people, a course page that shows the
 * tool's links in an iframe (as an LMS does), and the start of a launch — the OIDC login
 * initiation the platform sends to the tool.
 */
@ApplicationScoped
@Path("emulator")
@Tag(name = "LMS emulator (development)")
public class EmulatorPages {

    @Inject
    EmulatorDirectory directory;

    @Inject
    EmulatorPlatform platform;

    @Inject
    EmulatorRosters rosters;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The LMS emulator's home page")
    public String home() {
        StringBuilder courses = new StringBuilder();
        for (EmulatedCourse course : directory.courses()) {
            courses.append("<section class=\"ts-card\" id=\"").append(Encode.forHtmlAttribute(course.id())).append("\"><h2>")
                    .append(Encode.forHtml(course.title()))
                    .append(" <span class=\"ts-muted\">").append(Encode.forHtml(course.label())).append("</span></h2><ul>");
            course.enrolments().forEach((personId, roles) -> directory.person(personId).ifPresent(person ->
                    courses.append("<li><a href=\"/emulator/courses/").append(url(course.id())).append("/as/").append(url(personId))
                            .append("\">").append(Encode.forHtml("Enter as " + person.name())).append("</a> <span class=\"ts-muted\">")
                            .append(Encode.forHtml(describe(roles, person))).append("</span></li>")));
            courses.append("</ul>");
            rosters.roster(course.id()).ifPresent(roster -> courses.append(rosterForms(course, roster)));
            courses.append("</section>");
        }
        return PageTemplate.named("emulator-home").render(Map.of("organisation", EmulatorDirectory.ORGANISATION,
                "courses", courses.toString()));
    }

    @GET
    @Path("courses/{course}/as/{person}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A course page of the emulated LMS, seen by one person")
    public String course(@PathParam("course") String courseId, @PathParam("person") String personId,
                         @QueryParam("link") String linkId, @QueryParam("storage") @DefaultValue("false") boolean storage) {
        EmulatedCourse course = directory.course(courseId).orElseThrow(NotFoundException::new);
        EmulatedPerson person = directory.person(personId).orElseThrow(NotFoundException::new);
        List<String> roles = directory.roles(courseId, personId).orElseThrow(NotFoundException::new);
        EmulatedLink selected = linkId == null ? course.links().get(0)
                : directory.link(courseId, linkId).orElseThrow(NotFoundException::new);
        String base = "/emulator/launch?course=" + url(courseId) + "&person=" + url(personId) + "&storage=" + storage;
        StringBuilder links = new StringBuilder("<ul class=\"emu-links\">");
        for (EmulatedLink link : course.links()) {
            links.append("<li><a href=\"/emulator/courses/").append(url(courseId)).append("/as/").append(url(personId))
                    .append("?link=").append(url(link.id())).append(storage ? "&amp;storage=true" : "").append("\"")
                    .append(link.id().equals(selected.id()) ? " aria-current=\"page\"" : "").append(">")
                    .append(Encode.forHtml(link.title())).append("</a> · <a target=\"_blank\" rel=\"noopener\" href=\"")
                    .append(Encode.forHtmlAttribute(base + "&link=" + url(link.id()) + "&presentation=window"))
                    .append("\">open in a new window</a>")
                    .append(link.text() == null ? "" : "<br><span class=\"ts-muted\">" + Encode.forHtml(link.text()) + "</span>")
                    .append("</li>");
        }
        links.append("</ul>");
        boolean designer = roles.stream().anyMatch(r -> r.contains("Instructor") || r.contains("ContentDeveloper"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("courseTitle", course.title());
        values.put("courseLabel", course.label());
        values.put("personName", person.name());
        values.put("roles", describe(roles, person));
        values.put("links", links.toString());
        values.put("frameSrc", base + "&link=" + url(selected.id()) + "&presentation=iframe");
        values.put("toolOrigin", origin(platform.toolLoginUrl()));
        values.put("deepLinkSrc", designer ? base + "&message=deep-linking&presentation=iframe" : "");
        values.put("storageToggle", "/emulator/courses/" + url(courseId) + "/as/" + url(personId) + "?storage=" + !storage);
        values.put("storageLabel", storage ? "Platform Storage: on (turn off)" : "Platform Storage: off (turn on)");
        return PageTemplate.named("emulator-course").render(values);
    }

    /** Starts a launch: the platform's OIDC third-party login initiation, auto-posted to the tool. */
    @GET
    @Path("launch")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Start a launch from the emulated LMS (OIDC login initiation)")
    public String launch(@QueryParam("course") String courseId, @QueryParam("person") String personId,
                         @QueryParam("link") String linkId, @QueryParam("message") @DefaultValue("resource") String message,
                         @QueryParam("presentation") @DefaultValue("iframe") String presentation,
                         @QueryParam("storage") @DefaultValue("false") boolean storage) {
        directory.roles(courseId, personId).orElseThrow(NotFoundException::new);
        if (!"deep-linking".equals(message)) {
            directory.link(courseId, linkId).orElseThrow(NotFoundException::new);
        }
        Map<String, Object> launch = new LinkedHashMap<>();
        launch.put("course", courseId);
        launch.put("person", personId);
        launch.put("link", linkId == null ? "" : linkId);
        launch.put("message", message);
        launch.put("presentation", "window".equals(presentation) ? "window" : "iframe");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", platform.issuer());
        fields.put("login_hint", personId);
        fields.put("target_link_uri", platform.toolLaunchUrl());
        fields.put("lti_message_hint", platform.messageHint(launch));
        fields.put("client_id", EmulatorPlatform.CLIENT_ID);
        fields.put("lti_deployment_id", EmulatorPlatform.DEPLOYMENT_ID);
        if (storage && !"window".equals(presentation)) {
            fields.put("lti_storage_target", "_parent");
        }
        return AutoPost.page(platform.toolLoginUrl(), fields);
    }

    /**
     * The course's roster as the LMS's NRPS lists it, with forms to resize it (generated learners
     * m0, m1, …) and to mark a member Inactive, Deleted or Active again; a roster sync in the tool
     * then shows the change.
     */
    private static String rosterForms(EmulatedCourse course, EmulatedRoster roster) {
        String action = "/emulator/courses/" + url(course.id()) + "/roster";
        return "<p>Roster (Names and Role Provisioning Service): " + roster.listed() + " members listed, of them "
                + roster.size() + " generated learners; pages of " + roster.pageSize() + "; " + roster.groups() + " groups.</p>"
                + "<form method=\"post\" action=\"" + Encode.forHtmlAttribute(action) + "\">"
                + "<label>Generated learners <input name=\"size\" type=\"number\" min=\"0\" max=\"1000000\" value=\""
                + roster.size() + "\"></label> "
                + "<label>Page size <input name=\"pageSize\" type=\"number\" min=\"1\" max=\"10000\" value=\""
                + roster.pageSize() + "\"></label> "
                + "<label>Groups <input name=\"groups\" type=\"number\" min=\"0\" max=\"10000\" value=\""
                + roster.groups() + "\"></label> <button type=\"submit\">Change roster</button></form>"
                + "<form method=\"post\" action=\"" + Encode.forHtmlAttribute(action + "/members") + "\">"
                + "<label>Member <input name=\"key\" required placeholder=\"m42 or ada\"></label> "
                + "<label>Status <select name=\"status\"><option>Deleted</option><option>Inactive</option>"
                + "<option>Active</option></select></label> <button type=\"submit\">Change member</button></form>";
    }

    static String describe(List<String> roles, EmulatedPerson person) {
        List<String> all = new ArrayList<>(roles);
        all.addAll(person.institutionRoles());
        return all.stream().map(r -> r.substring(Math.max(r.lastIndexOf('#'), r.lastIndexOf('/')) + 1))
                .filter(r -> !r.isEmpty()).distinct().reduce((a, b) -> a + ", " + b).orElse("no role");
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
