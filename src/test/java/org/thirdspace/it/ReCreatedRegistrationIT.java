package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.ConsoleIT.expect;
import static org.thirdspace.it.ConsoleIT.matrix;
import static org.thirdspace.it.ConsoleIT.of;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * A platform that re-creates the tool gives it a new client id, hence a new registration. Attached
 * by the operator to the organisation of the old one, its launches find the organisation's people,
 * courses (by deployment and context id) and spaces again: the teacher lands in the existing space,
 * not on "Start the community".
 */
@ExtendWith(ToolServer.class)
class ReCreatedRegistrationIT {

    static Member launchThrough(ToolClient tool, TestPlatform platform, String deployment, String subject, String role, String course) {
        return Member.landed(tool, platform.launchIn(deployment, tool.browser(), subject, List.of(role), c -> {
            c.claim(TestPlatform.LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course));
            c.claim("name", "Person " + subject);
        }));
    }

    /** The same platform (issuer) with the tool created again: a new client id, the old deployment id approved. */
    static TestPlatform recreate(ToolClient tool, TestPlatform old) {
        TestPlatform recreated = TestPlatform.register(tool, old.issuer(), "recreated-" + UUID.randomUUID());
        expect("the old deployment id is approved for it", tool.admin("POST", "/api/admin/registrations/" + recreated.registrationId()
                + "/deployments", "{\"deploymentId\": \"" + old.deploymentId() + "\", \"status\": \"active\"}"), 200);
        return recreated;
    }

    static String attach(String organisation) {
        return "{\"organisationId\": \"" + organisation + "\"}";
    }

    @Test
    void theTeacherOfAReCreatedRegistrationLandsInTheExistingSpaceOnceItIsAttached(ToolClient tool) {
        TestPlatform old = TestPlatform.register(tool);
        String organisation = old.registrationId();
        String course = "recreated-" + UUID.randomUUID();
        String teacherSubject = "teacher-" + course;
        Member teacher = launchThrough(tool, old, old.deploymentId(), teacherSubject, INSTRUCTOR, course);
        String space = teacher.createSpace("Hybrid teams, after the course");

        // Without attaching, the re-created registration is an organisation of its own that starts empty.
        TestPlatform unattached = recreate(tool, old);
        Member stranger = launchThrough(tool, unattached, old.deploymentId(), teacherSubject, INSTRUCTOR, course);
        assertThat(stranger.destination()).containsEntry("notSetUp", true).containsEntry("mayCreate", true);
        // Someone launched from it already: attaching now would strand them, so it is refused and nothing changes.
        expect("attach a registration people launched from", tool.admin("POST", "/api/admin/registrations/"
                + unattached.registrationId() + "/organisation", attach(organisation)), 409);
        assertThat(tool.admin("GET", "/api/admin/registrations/" + unattached.registrationId(), null).json().get("organisationId"))
                .isEqualTo(unattached.registrationId());

        TestPlatform recreated = recreate(tool, old);
        String path = "/api/admin/registrations/" + recreated.registrationId() + "/organisation";
        Map<String, Object> view = tool.admin("POST", path, attach(organisation)).json();
        assertThat(view.get("organisationId")).isEqualTo(organisation);
        assertThat(view.get("id")).isEqualTo(recreated.registrationId());
        // Attaching again is no change.
        expect("attach again", tool.admin("POST", path, attach(organisation)), 200);

        Member back = launchThrough(tool, recreated, old.deploymentId(), teacherSubject, INSTRUCTOR, course);
        assertThat(back.destination()).containsEntry("spaceId", space);
        assertThat(back.personId()).isEqualTo(teacher.personId());
        Map<String, Object> me = back.ok("/api/me");
        assertThat(((Map<?, ?>) me.get("organisation")).get("id")).isEqualTo(organisation);
        Member learner = launchThrough(tool, recreated, old.deploymentId(), "learner-" + course, LEARNER, course);
        assertThat(learner.destination()).containsEntry("spaceId", space);

        // The old client id is dead at the platform; disabling it leaves the organisation reachable through the new one.
        expect("disable the old registration", tool.admin("POST", "/api/admin/registrations/" + organisation + "/status",
                "{\"status\": \"disabled\"}"), 200);
        Member afterwards = launchThrough(tool, recreated, old.deploymentId(), teacherSubject, INSTRUCTOR, course);
        assertThat(afterwards.destination()).containsEntry("spaceId", space);

        // The organisation's admin, launched through the attached registration, administers the organisation and sees both registrations.
        Member admin = launchThrough(tool, recreated, old.deploymentId(), "admin-" + course, ORGANISATION_ADMIN, course);
        assertThat(ConsoleIT.ids(admin.get("/api/admin/registrations").jsonArray()))
                .containsExactlyInAnyOrder(organisation, recreated.registrationId());
        assertThat(ConsoleIT.ids(ConsoleIT.castList(admin.get("/api/admin/console").json().get("organisations")))).containsExactly(organisation);
        assertThat(admin.get("/api/admin/organisations/" + organisation + "/spaces").body()).contains(space);
    }

    @Test
    void onlyTheOperatorAttachesAndBadRequestsChangeNothing(ToolClient tool) {
        TestPlatform old = TestPlatform.register(tool);
        TestPlatform other = TestPlatform.register(tool);
        String organisation = old.registrationId();
        String course = "attach-auth-" + UUID.randomUUID();
        Member facilitator = launchThrough(tool, old, old.deploymentId(), "f-" + course, INSTRUCTOR, course);
        Member learner = launchThrough(tool, old, old.deploymentId(), "l-" + course, LEARNER, course);
        Member admin = launchThrough(tool, old, old.deploymentId(), "a-" + course, ORGANISATION_ADMIN, course);
        Member otherAdmin = launchThrough(tool, other, other.deploymentId(), "b-" + course, ORGANISATION_ADMIN, course);
        ConsoleIT.People people = new ConsoleIT.People(tool::admin, of(admin), of(facilitator), of(learner), of(otherAdmin));

        TestPlatform recreated = recreate(tool, old);
        String path = "/api/admin/registrations/" + recreated.registrationId() + "/organisation";
        matrix(people, "attach a registration to an organisation", "POST", path, attach(organisation), 0, 403, 403, 403, 403);
        // The other organisation's admin cannot pull it into theirs either.
        expect("attach into one's own organisation", otherAdmin.send("POST", path, attach(other.registrationId())), 403);

        expect("no organisation named", tool.admin("POST", path, "{}"), 400);
        expect("an organisation that does not exist", tool.admin("POST", path, attach(UUID.randomUUID().toString())), 400);
        expect("to itself", tool.admin("POST", path, attach(recreated.registrationId())), 200);
        expect("a registration that does not exist", tool.admin("POST", "/api/admin/registrations/" + UUID.randomUUID()
                + "/organisation", attach(organisation)), 404);
        assertThat(tool.admin("GET", "/api/admin/registrations/" + recreated.registrationId(), null).json().get("organisationId"))
                .as("nothing written by the refusals").isEqualTo(recreated.registrationId());

        // Attached, it cannot itself take registrations: attach to the organisation it belongs to instead.
        expect("attach", tool.admin("POST", path, attach(organisation)), 200);
        TestPlatform third = recreate(tool, old);
        expect("attach to an attached registration", tool.admin("POST", "/api/admin/registrations/" + third.registrationId()
                + "/organisation", attach(recreated.registrationId())), 400);
        // And an organisation with registrations attached to it is not attached elsewhere.
        expect("attach an organisation that others are attached to", tool.admin("POST", "/api/admin/registrations/" + organisation
                + "/organisation", attach(other.registrationId())), 409);
        SessionsIT.assertSignedIn(tool, learner.token(), "no refused call ended a session");
    }
}
