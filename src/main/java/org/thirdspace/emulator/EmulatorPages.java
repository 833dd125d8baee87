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

    @Inject
    EmulatorGradebook gradebook;

    @Inject
    EmulatorSecondSite secondSite;

    @Inject
    EmulatorMailSink mailSink;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The LMS emulator's home page")
    public String home() {
        StringBuilder courses = new StringBuilder();
        for (EmulatedCourse course : directory.courses()) {
            courses.append("<section class=\"ts-card emu-course\" id=\"").append(Encode.forHtmlAttribute(course.id()))
                    .append("\" aria-labelledby=\"").append(Encode.forHtmlAttribute(course.id() + "-title")).append("\"><h3 id=\"")
                    .append(Encode.forHtmlAttribute(course.id() + "-title")).append("\">").append(Encode.forHtml(course.title()))
                    .append(" <span class=\"ts-muted\">").append(Encode.forHtml(course.label())).append("</span></h3>")
                    .append("<ul class=\"emu-people\">");
            course.enrolments().forEach((personId, roles) -> directory.person(personId).ifPresent(person ->
                    courses.append(personItem(course, person, roles))));
            courses.append("</ul>");
            rosters.roster(course.id()).ifPresent(roster -> courses.append(rosterForms(course, roster)));
            courses.append(seedForm(course)).append("</section>");
        }
        return PageTemplate.named("emulator-home").render(Map.of("organisation", EmulatorDirectory.ORGANISATION,
                "start", startHere(), "courses", courses.toString(), "secondSite", EmulatorSecondSite.NAME,
                "mail", mailSection()));
    }

    /**
     * "Seed a month of activity" ({@link EmulatorActivitySeed}): from this LMS or, once it registered,
     * from the second site, whose organisation in Thirdspace is another one.
     */
    private String seedForm(EmulatedCourse course) {
        String id = Encode.forHtmlAttribute(course.id());
        String sites = "<option value=\"first\">" + Encode.forHtml(EmulatorDirectory.ORGANISATION + " LMS") + "</option>"
                + (secondSite.tool().isPresent() ? "<option value=\"second\">" + Encode.forHtml(EmulatorSecondSite.NAME) + "</option>" : "");
        return "<form class=\"emu-form emu-seed\" method=\"post\" action=\"/emulator/courses/" + Encode.forHtmlAttribute(url(course.id()))
                + "/activity\"><label for=\"" + id + "-site\">Platform</label><select id=\"" + id + "-site\" name=\"site\">" + sites
                + "</select><button type=\"submit\" class=\"ts-secondary\">Seed a month of activity</button>"
                + "<br><span class=\"ts-muted\">Once the course has a community: " + EmulatorActivitySeed.PEOPLE + " of its learners, across"
                + " departments and regions, post, answer and read over the past 30 days, for the console's health page.</span></form>";
    }

    /** Where the e-mail the tool sent (digests) can be read, when the run command's mail sink runs. */
    private String mailSection() {
        if (!mailSink.running()) {
            return "";
        }
        int count = mailSink.messages().size();
        return "<section class=\"ts-card\" aria-labelledby=\"mail-sent\"><h2 id=\"mail-sent\">Mail sent</h2><p>Thirdspace sends digests by "
                + "e-mail; here they go to a built-in SMTP sink instead of real inboxes. <a href=\"/emulator/mail\">Read the mail sent</a> ("
                + count + (count == 1 ? " message" : " messages") + ").</p></section>";
    }

    /**
     * The newcomer's first two minutes: a course starts without a community, and only someone who
     * teaches it can start one; so the first suggested launch is the instructor's, the second a
     * learner's into the space the instructor just made.
     */
    private String startHere() {
        EmulatedCourse course = directory.course(EmulatorDirectory.FIRST_COURSE).orElse(directory.courses().get(0));
        StringBuilder steps = new StringBuilder("<ol class=\"emu-steps\">");
        String[][] journey = {
                {"grace", "Start the course's community as its instructor: keep the suggested name, select <strong>Create the space</strong>"
                        + " and accept the code of conduct. Then come back to this page (<strong>Northwind LMS</strong>, top left)."},
                {"ada", "Come in as a learner: select <strong>Start a conversation</strong>, write a few words, type <kbd>@Gr</kbd>"
                        + " and pick Grace Mbeki to mention her, then post."}};
        for (String[] step : journey) {
            boolean first = step == journey[0];
            directory.person(step[0]).ifPresent(person -> steps.append("<li><p>")
                    .append(first ? launchLink(course, person, "Enter " + course.title() + " as " + person.name(), "ts-button")
                            : launchLink(course, person, "Then enter as " + person.name(), "ts-button ts-secondary"))
                    .append(" <span class=\"ts-muted\">")
                    .append(Encode.forHtml(describe(directory.roles(course.id(), person.id()).orElse(List.of()), person)))
                    .append(" · ").append(Encode.forHtml(language(person.locale()))).append("</span></p><p>").append(step[1])
                    .append("</p></li>"));
        }
        return steps.append("</ol>").toString();
    }

    private static String personItem(EmulatedCourse course, EmulatedPerson person, List<String> roles) {
        return "<li>" + launchLink(course, person, "Enter as " + person.name(), null) + " <span class=\"ts-muted\">"
                + Encode.forHtml(describe(roles, person)) + "</span> <span class=\"emu-locale\" lang=\""
                + Encode.forHtmlAttribute(person.locale()) + "\">" + Encode.forHtml(nativeLanguage(person.locale())) + "</span></li>";
    }

    private static String launchLink(EmulatedCourse course, EmulatedPerson person, String text, String classes) {
        return "<a" + (classes == null ? "" : " class=\"" + classes + "\"") + " href=\"/emulator/courses/" + url(course.id()) + "/as/"
                + url(person.id()) + "\">" + Encode.forHtml(text) + "</a>";
    }

    /** The locale the person's launches send, as English readers of this page know it: "French (France)". */
    static String language(String tag) {
        return java.util.Locale.forLanguageTag(tag).getDisplayName(java.util.Locale.ENGLISH);
    }

    /** The language in its own words, as the tool will speak to the person: "français (France)". */
    static String nativeLanguage(String tag) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
        return locale.getDisplayName(locale);
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
        // An LMS with LTI 1.1 links still: the same link, signed with the organisation's LTI 1.1 key.
        links.append("<p><a class=\"ts-button ts-secondary\" target=\"tool\" href=\"")
                .append(Encode.forHtmlAttribute("/emulator/launch11?course=" + url(courseId) + "&person=" + url(personId)
                        + "&link=" + url(selected.id())))
                .append("\">Launch with LTI 1.1</a></p>");
        boolean designer = roles.stream().anyMatch(r -> r.contains("Instructor") || r.contains("ContentDeveloper"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("courseTitle", course.title());
        values.put("courseLabel", course.label());
        values.put("personName", person.name());
        values.put("roles", describe(roles, person));
        values.put("language", nativeLanguage(person.locale()));
        values.put("hint", designer ? "" : firstTimeHint(course));
        values.put("links", links.toString());
        values.put("gradebook", gradebook(course, designer ? null : EmulatorDirectory.subject(personId)));
        values.put("frameSrc", base + "&link=" + url(selected.id()) + "&presentation=iframe");
        values.put("toolOrigin", origin(platform.toolLoginUrl()));
        values.put("deepLinkSrc", designer ? base + "&message=deep-linking&presentation=iframe" : "");
        values.put("storageToggle", "/emulator/courses/" + url(courseId) + "/as/" + url(personId) + "?storage=" + !storage);
        values.put("storageLabel", storage ? "Platform Storage: on (turn off)" : "Platform Storage: off (turn on)");
        values.put("courseRun", courseRun(course, personId, designer));
        return PageTemplate.named("emulator-course").render(values);
    }

    /**
     * The course's gradebook as the LMS shows it: each line item a tool created or was given, and
     * the latest score of each learner (a learner sees only their own).
     */
    private String gradebook(EmulatedCourse course, String onlySubject) {
        List<EmulatorGradebook.LineItem> items = gradebook.lineItems(course.id(), null, null);
        StringBuilder html = new StringBuilder("<section class=\"emu-gradebook\" id=\"emu-gradebook\" aria-labelledby=\"emu-gradebook-title\">"
                + "<h2 id=\"emu-gradebook-title\">Gradebook</h2>");
        if (items.isEmpty()) {
            return html.append("<p class=\"ts-muted\">No grade columns yet.</p></section>").toString();
        }
        Map<String, String> names = new LinkedHashMap<>();
        course.enrolments().keySet().forEach(id -> directory.person(id)
                .ifPresent(p -> names.put(EmulatorDirectory.subject(p.id()), p.name())));
        for (EmulatorGradebook.LineItem item : items) {
            html.append("<table class=\"emu-grades\" data-line-item=\"").append(Encode.forHtmlAttribute(item.id())).append("\"><caption>")
                    .append(Encode.forHtml(item.label())).append(" (out of ").append(item.scoreMaximum()).append(")</caption>")
                    .append("<thead><tr><th scope=\"col\">Learner</th><th scope=\"col\">Score</th><th scope=\"col\">Progress</th></tr></thead><tbody>");
            gradebook.scores(course.id(), item.id()).values().stream()
                    .filter(score -> onlySubject == null || onlySubject.equals(score.userId()))
                    .forEach(score -> html.append("<tr><td>").append(Encode.forHtml(names.getOrDefault(score.userId(), score.userId())))
                            .append("</td><td>").append(score.scoreGiven()).append(" / ").append(score.scoreMaximum())
                            .append("</td><td>").append(Encode.forHtml(score.activityProgress() + ", " + score.gradingProgress()))
                            .append("</td></tr>"));
            html.append("</tbody></table>");
        }
        return html.append("</section>").toString();
    }

    /**
     * The course's run: when it ended, or, for those who teach it, "End the course run", which makes
     * its launches and roster listings carry {@code course_end} (see {@link EmulatorCourseRuns}).
     */
    private String courseRun(EmulatedCourse course, String personId, boolean teaches) {
        String ended = directory.runEnd(course.id()).map(end -> "<p id=\"emu-course-end\">This course run ended on <time datetime=\""
                + Encode.forHtmlAttribute(end.toString()) + "\">" + Encode.forHtml(end.toString()) + "</time>: launches and the roster"
                + " carry <code>course_end</code>.</p>").orElse("");
        if (!teaches) {
            return ended;
        }
        return ended + "<form method=\"post\" action=\"/emulator/courses/" + url(course.id()) + "/end\" id=\"emu-end-run\">"
                + "<input type=\"hidden\" name=\"person\" value=\"" + Encode.forHtmlAttribute(personId) + "\">"
                + "<button type=\"submit\" class=\"ts-secondary\">End the course run</button>"
                + "<br><span class=\"ts-muted\">Sets the course's end date to now; launches and roster listings then carry"
                + " <code>course_end</code> ($CourseSection.<wbr>timeFrame.<wbr>end).</span></form>"
                + completions(course, personId);
    }

    /** For those who teach: mark learners completed, so that a programme triggered by completion forms. */
    private String completions(EmulatedCourse course, String personId) {
        int completed = directory.completed(course.id());
        String id = Encode.forHtmlAttribute(course.id());
        return "<form class=\"emu-form\" method=\"post\" action=\"/emulator/courses/" + url(course.id()) + "/completions\""
                + " id=\"emu-complete\">"
                + "<input type=\"hidden\" name=\"person\" value=\"" + Encode.forHtmlAttribute(personId) + "\">"
                + "<label for=\"" + id + "-completed\">Learners who completed</label><input id=\"" + id + "-completed\""
                + " name=\"members\" required placeholder=\"ada, m0, m1\">"
                + "<button type=\"submit\" class=\"ts-secondary\">Mark completed</button>"
                + "<br><span class=\"ts-muted\">" + completed + " completed so far; their launches and roster listings carry"
                + " <code>course_completed</code> (the date of completion).</span></form>";
    }

    /**
     * For learners: a course's community exists once someone who teaches the course started it, so
     * the way on from "not set up yet" is to enter as one of them first.
     */
    private String firstTimeHint(EmulatedCourse course) {
        StringBuilder teachers = new StringBuilder();
        course.enrolments().forEach((personId, roles) -> {
            if (roles.stream().anyMatch(r -> r.endsWith("#Instructor"))) {
                directory.person(personId).ifPresent(teacher -> teachers.append(teachers.isEmpty() ? "" : ", ")
                        .append("<a href=\"/emulator/courses/").append(url(course.id())).append("/as/").append(url(personId)).append("\">")
                        .append(Encode.forHtml(teacher.name())).append("</a>"));
            }
        });
        return teachers.isEmpty() ? "" : "<p class=\"emu-hint\">First time here? If Thirdspace says the community is not set up yet,"
                + " enter as the course's instructor first (" + teachers + ") to start it.</p>";
    }

    /** Starts a launch: the platform's OIDC third-party login initiation, auto-posted to the tool. */
    @GET
    @Path("launch")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Start a launch from the emulated LMS (OIDC login initiation)")
    public String launch(@QueryParam("course") String courseId, @QueryParam("person") String personId,
                         @QueryParam("link") String linkId, @QueryParam("message") @DefaultValue("resource") String message,
                         @QueryParam("presentation") @DefaultValue("iframe") String presentation,
                         @QueryParam("storage") @DefaultValue("false") boolean storage,
                         @QueryParam("site") String site) {
        directory.roles(courseId, personId).orElseThrow(NotFoundException::new);
        boolean second = "second".equals(site);
        EmulatorSecondSite.RegisteredTool secondTool = second ? secondSite.tool().orElse(null) : null;
        if (second && secondTool == null) {
            throw new jakarta.ws.rs.WebApplicationException(jakarta.ws.rs.core.Response.status(409)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(org.thirdspace.http.page.ErrorPage.render(org.thirdspace.http.page.Messages.forLocale(null),
                            "Thirdspace is not registered with " + EmulatorSecondSite.NAME + " yet",
                            "Register it first: the emulator's home page has a link, Register a platform by Dynamic Registration.",
                            "emulator", null)).build());
        }
        if (!"deep-linking".equals(message)) {
            directory.link(courseId, linkId).orElseThrow(NotFoundException::new);
        }
        Map<String, Object> launch = new LinkedHashMap<>();
        launch.put("course", courseId);
        launch.put("person", personId);
        launch.put("link", linkId == null ? "" : linkId);
        launch.put("message", message);
        launch.put("presentation", "window".equals(presentation) ? "window" : "iframe");
        launch.put("site", second ? "second" : "first");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", second ? secondSite.issuer() : platform.issuer());
        fields.put("login_hint", personId);
        fields.put("target_link_uri", platform.toolLaunchUrl());
        fields.put("lti_message_hint", platform.messageHint(launch));
        fields.put("client_id", second ? secondTool.clientId() : EmulatorPlatform.CLIENT_ID);
        fields.put("lti_deployment_id", second ? EmulatorSecondSite.DEPLOYMENT_ID : EmulatorPlatform.DEPLOYMENT_ID);
        if (storage && !"window".equals(presentation)) {
            fields.put("lti_storage_target", "_parent");
        }
        return AutoPost.page(second ? secondTool.loginUri() : platform.toolLoginUrl(), fields);
    }

    /**
     * The course's roster as the LMS's NRPS lists it, with forms to resize it (generated learners
     * m0, m1, …) and to mark a member Inactive, Deleted or Active again; a roster sync in the tool
     * then shows the change.
     */
    private static String rosterForms(EmulatedCourse course, EmulatedRoster roster) {
        String action = "/emulator/courses/" + url(course.id()) + "/roster";
        String id = Encode.forHtmlAttribute(course.id());
        return "<details class=\"emu-roster\"><summary>Roster administration <span class=\"ts-muted\">(" + roster.listed()
                + " members listed, " + roster.size() + " generated learners)</span></summary>"
                + "<p class=\"ts-muted\">What the LMS lists through Names and Role Provisioning: pages of " + roster.pageSize() + ", "
                + roster.groups() + " groups. A roster sync in Thirdspace shows each change.</p>"
                + "<form class=\"emu-form\" method=\"post\" action=\"" + Encode.forHtmlAttribute(action) + "\">"
                + "<label for=\"" + id + "-size\">Generated learners</label><input id=\"" + id + "-size\" name=\"size\" type=\"number\""
                + " min=\"0\" max=\"1000000\" value=\"" + roster.size() + "\">"
                + "<label for=\"" + id + "-page\">Page size</label><input id=\"" + id + "-page\" name=\"pageSize\" type=\"number\""
                + " min=\"1\" max=\"10000\" value=\"" + roster.pageSize() + "\">"
                + "<label for=\"" + id + "-groups\">Groups</label><input id=\"" + id + "-groups\" name=\"groups\" type=\"number\""
                + " min=\"0\" max=\"10000\" value=\"" + roster.groups() + "\">"
                + "<button type=\"submit\" class=\"ts-secondary\">Change roster</button></form>"
                + "<form class=\"emu-form\" method=\"post\" action=\"" + Encode.forHtmlAttribute(action + "/members") + "\">"
                + "<label for=\"" + id + "-member\">Member</label><input id=\"" + id + "-member\" name=\"key\" required"
                + " placeholder=\"m42 or ada\">"
                // Active first: a member's status changes to something on purpose, never to Deleted by default.
                + "<label for=\"" + id + "-status\">Status</label><select id=\"" + id + "-status\" name=\"status\">"
                + "<option selected>Active</option><option>Inactive</option><option>Deleted</option></select>"
                + "<button type=\"submit\" class=\"ts-secondary\">Change member</button></form></details>";
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
