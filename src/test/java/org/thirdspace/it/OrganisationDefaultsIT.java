package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.ConsoleIT.castList;
import static org.thirdspace.it.ConsoleIT.expect;
import static org.thirdspace.it.ConsoleIT.matrix;
import static org.thirdspace.it.ConsoleIT.of;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * An organisation's defaults over HTTP (issue 15, item 3): who may read and change them, invalid
 * values refused field by field with nothing changed, and each default taking effect — the code
 * of conduct of a new space, the report threshold, the digest frequency of people who chose none,
 * and who may start a space.
 */
@ExtendWith(ToolServer.class)
class OrganisationDefaultsIT {

    static final String VALID = "{\"reportThreshold\": 4, \"digestDefault\": \"daily\", \"spaceCreation\": \"INSTRUCTORS_AND_ADMINS\"}";

    static String path(String organisation) {
        return "/api/admin/organisations/" + organisation + "/defaults";
    }

    static List<Map<String, Object>> audit(ToolClient tool, String organisation) {
        return tool.admin("GET", "/api/admin/audit?organisation=" + organisation, null).jsonArray().stream().map(ConsoleIT::castMap)
                .filter(a -> "organisation.defaults".equals(a.get("action"))).toList();
    }

    @Test
    void organisationAdminsAndTheOperatorChangeTheDefaultsAndNobodyElse(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        TestPlatform other = TestPlatform.register(tool);
        String org = platform.registrationId();
        String course = "defaults-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + UUID.randomUUID(), List.of(INSTRUCTOR), course);
        facilitator.createSpace("Defaults circle");
        Member learner = Member.launch(tool, platform, "l-" + UUID.randomUUID(), List.of(LEARNER), course);
        Member admin = Member.launch(tool, platform, "a-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), course);
        Member otherAdmin = Member.launch(tool, other, "b-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), course);
        ConsoleIT.People people = new ConsoleIT.People(tool::admin, of(admin), of(facilitator), of(learner), of(otherAdmin));

        matrix(people, "read the defaults", "GET", path(org), null, 200, 200, 403, 403, 404);
        assertThat(otherAdmin.get(path(org)).body()).doesNotContain("reportThreshold");
        matrix(people, "change the defaults", "PUT", path(org), VALID, 0, 0, 403, 403, 404);
        Map<String, Object> untouched = admin.get(path(org)).json();
        assertThat(untouched).as("nothing changed by the refusals").containsEntry("chosen", false).containsEntry("reportThreshold", 3L)
                .containsEntry("digestDefault", "weekly").containsEntry("conductBuiltIn", true);
        assertThat(audit(tool, org)).isEmpty();
        expect("another organisation's admin naming their own organisation", otherAdmin.send("GET", path(other.registrationId()), null), 200);
        String nowhere = path(UUID.randomUUID().toString());
        expect("the operator naming no organisation", tool.admin("GET", nowhere, null), 404);
        expect("the operator changing no organisation", tool.admin("PUT", nowhere, VALID), 404);

        Map<String, Object> saved = admin.ok("PUT", path(org), VALID);
        assertThat(saved).containsEntry("chosen", true).containsEntry("reportThreshold", 4L).containsEntry("digestDefault", "daily")
                .containsEntry("updatedBy", "person:" + admin.personId());
        ToolClient.Reply byOperator = tool.admin("PUT", path(org),
                "{\"reportThreshold\": 6, \"digestDefault\": \"off\", \"spaceCreation\": \"ADMINS_ONLY\", \"conduct\": \"Set by the operator.\"}");
        expect("the operator changes them", byOperator, 200);
        assertThat(byOperator.json()).containsEntry("reportThreshold", 6L).containsEntry("spaceCreation", "ADMINS_ONLY")
                .containsEntry("conduct", "Set by the operator.").containsEntry("conductVersion", 1L).containsEntry("updatedBy", "bootstrap-admin");
        assertThat(admin.get(path(org)).json()).containsEntry("reportThreshold", 6L).containsEntry("digestDefault", "off");
        assertThat(otherAdmin.get(path(other.registrationId())).json()).as("another organisation keeps its own")
                .containsEntry("chosen", false).containsEntry("reportThreshold", 3L);

        List<Map<String, Object>> entries = audit(tool, org);
        assertThat(entries).extracting(e -> (String) e.get("actor")).containsExactlyInAnyOrder("person:" + admin.personId(), "bootstrap-admin");
        assertThat(entries).extracting(e -> (String) e.get("detail")).anySatisfy(d -> assertThat(d)
                .contains("report threshold 3 → 4", "digest default weekly → daily"))
                .anySatisfy(d -> assertThat(d).contains("report threshold 4 → 6", "space creation INSTRUCTORS_AND_ADMINS → ADMINS_ONLY",
                        "code of conduct version 0 → 1"));
    }

    @Test
    void invalidValuesAreRefusedFieldByFieldAndNothingChanges(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String org = platform.registrationId();
        Member admin = Member.launch(tool, platform, "a-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), "bad-" + UUID.randomUUID());

        ToolClient.Reply all = admin.send("PUT", path(org),
                "{\"reportThreshold\": 0, \"digestDefault\": \"monthly\", \"spaceCreation\": \"EVERYONE\", \"conduct\": \"   \"}");
        expect("every field wrong", all, 400);
        assertThat(all.json()).containsEntry("field", "conduct");
        assertThat(castList(all.json().get("errors"))).extracting(e -> (String) ((Map<?, ?>) e).get("field"))
                .containsExactly("conduct", "reportThreshold", "digestDefault", "spaceCreation");
        assertThat(all.body()).contains("the report threshold is a whole number from 1 to 50", "the digest default is weekly, daily or off",
                "INSTRUCTORS_AND_ADMINS or ADMINS_ONLY", "the code of conduct cannot be empty");

        for (String body : List.of(
                "{\"reportThreshold\": 51, \"digestDefault\": \"daily\", \"spaceCreation\": \"ADMINS_ONLY\"}",
                "{\"reportThreshold\": 2.5, \"digestDefault\": \"daily\", \"spaceCreation\": \"ADMINS_ONLY\"}",
                "{\"reportThreshold\": true, \"digestDefault\": \"daily\", \"spaceCreation\": \"ADMINS_ONLY\"}",
                "{\"digestDefault\": \"daily\", \"spaceCreation\": \"ADMINS_ONLY\"}")) {
            ToolClient.Reply refused = admin.send("PUT", path(org), body);
            expect(body, refused, 400);
            assertThat(refused.json()).as(body).containsEntry("field", "reportThreshold");
        }
        ToolClient.Reply tooLong = admin.send("PUT", path(org), "{\"reportThreshold\": 5, \"digestDefault\": \"daily\","
                + " \"spaceCreation\": \"ADMINS_ONLY\", \"conduct\": \"" + "x".repeat(20_001) + "\"}");
        expect("a code of conduct too long", tooLong, 400);
        assertThat(tooLong.json()).containsEntry("field", "conduct");
        assertThat((String) tooLong.json().get("detail")).contains("longer than 20000 characters");
        for (String body : new String[] {"not json", "[1, 2]", ""}) {
            ToolClient.Reply refused = admin.send("PUT", path(org), body);
            expect("body " + body, refused, 400);
        }

        assertThat(admin.get(path(org)).json()).as("nothing of the refused forms was saved").containsEntry("chosen", false)
                .containsEntry("reportThreshold", 3L).containsEntry("digestDefault", "weekly")
                .containsEntry("spaceCreation", "INSTRUCTORS_AND_ADMINS").containsEntry("conductBuiltIn", true);
        assertThat(audit(tool, org)).isEmpty();
    }

    @Test
    void eachDefaultTakesEffect(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String org = platform.registrationId();
        String course = "effect-" + UUID.randomUUID();
        Member instructor = Member.launch(tool, platform, "f-" + UUID.randomUUID(), List.of(INSTRUCTOR), course);
        String space = instructor.createSpace("Before the defaults");
        Member author = Member.launch(tool, platform, "w-" + UUID.randomUUID(), List.of(LEARNER), course);
        Member first = Member.launch(tool, platform, "r1-" + UUID.randomUUID(), List.of(LEARNER), course);
        Member second = Member.launch(tool, platform, "r2-" + UUID.randomUUID(), List.of(LEARNER), course);
        Member admin = Member.launch(tool, platform, "a-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), "admin-course-" + UUID.randomUUID());
        Member chooser = Member.launch(tool, platform, "c-" + UUID.randomUUID(), List.of(LEARNER), course);
        chooser.ok("PUT", "/api/me/digest", "{\"frequency\": \"OFF\"}");
        assertThat(author.ok("/api/me/digest")).as("the tool's default before").containsEntry("frequency", "WEEKLY");

        String conduct = "Our code: assume good intent, and ask before you share.";
        admin.ok("PUT", path(org), "{\"reportThreshold\": 2, \"digestDefault\": \"daily\", \"spaceCreation\": \"ADMINS_ONLY\","
                + " \"conduct\": \"" + conduct + "\"}");

        // The digest default: for those who chose nothing, not for those who chose.
        assertThat(author.ok("/api/me/digest")).containsEntry("frequency", "DAILY").containsEntry("chosen", false);
        assertThat(chooser.ok("/api/me/digest")).containsEntry("frequency", "OFF").containsEntry("chosen", true);

        // The report threshold: two reporters hide a post (the tool's setting says three).
        String thread = author.startThread(space, "A post two people report", "Something some find unkind");
        String opening = (String) ((Map<?, ?>) castList(author.ok("/api/threads/" + thread).get("posts")).get(0)).get("id");
        first.ok("POST", "/api/posts/" + opening + "/reports", "{\"reason\": \"HARASSMENT\"}");
        assertThat(((Map<?, ?>) castList(first.ok("/api/threads/" + thread).get("posts")).get(0)).get("hidden")).isEqualTo(false);
        second.ok("POST", "/api/posts/" + opening + "/reports", "{\"reason\": \"SPAM\"}");
        assertThat(((Map<?, ?>) castList(first.ok("/api/threads/" + thread).get("posts")).get(0)).get("hidden"))
                .as("hidden at the organisation's threshold").isEqualTo(true);

        // Who may start spaces: an instructor of a new course is told to ask an admin, and is refused.
        Member newInstructor = Member.launch(tool, platform, "g-" + UUID.randomUUID(), List.of(INSTRUCTOR), "new-" + UUID.randomUUID());
        assertThat(newInstructor.destination()).containsEntry("notSetUp", true).containsEntry("mayCreate", false)
                .containsEntry("askAdmin", true);
        ToolClient.Reply refused = newInstructor.send("POST", "/api/spaces", "{\"title\": \"Mine\"}");
        expect("an instructor where only admins start spaces", refused, 403);
        assertThat(refused.body()).contains("only administrators start spaces", "ask your L&D admin");
        assertThat(tool.admin("GET", "/api/admin/organisations/" + org + "/spaces", null).body()).doesNotContain("\"Mine\"");
        Member learnerOfNewCourse = Member.launch(tool, platform, "h-" + UUID.randomUUID(), List.of(LEARNER), "new2-" + UUID.randomUUID());
        assertThat(learnerOfNewCourse.destination()).as("a learner is not told to ask an admin").containsEntry("askAdmin", false);

        // A new space (started by an admin) shows the organisation's code of conduct.
        String adminSpace = admin.createSpace("Started by an admin");
        Map<String, Object> code = admin.ok("/api/spaces/" + adminSpace + "/conduct");
        assertThat(code).containsEntry("scope", "ORGANISATION").containsEntry("markdown", conduct);
        assertThat(author.ok("/api/spaces/" + space + "/conduct")).as("and so does a space without its own")
                .containsEntry("markdown", conduct);
        instructor.ok("PUT", "/api/spaces/" + space + "/conduct", "{\"body\": \"Our space's own code.\"}");
        admin.ok("PUT", path(org), "{\"reportThreshold\": 2, \"digestDefault\": \"daily\", \"spaceCreation\": \"ADMINS_ONLY\","
                + " \"conduct\": \"A newer organisation code.\"}");
        assertThat(author.ok("/api/spaces/" + space + "/conduct")).as("a space's own code wins")
                .containsEntry("scope", "SPACE").containsEntry("markdown", "Our space's own code.");

        // Back to instructors and admins: the instructor may start one again.
        admin.ok("PUT", path(org), "{\"reportThreshold\": 2, \"digestDefault\": \"daily\", \"spaceCreation\": \"INSTRUCTORS_AND_ADMINS\"}");
        newInstructor.createSpace("Mine after all");
    }
}
