package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.RosterSyncs.awaitFinished;
import static org.thirdspace.it.RosterSyncs.awaitNextFinished;
import static org.thirdspace.it.RosterSyncs.job;
import static org.thirdspace.it.RosterSyncs.launchFromEmulator;
import static org.thirdspace.it.RosterSyncs.members;

/**
 * Roster sync from the built-in LMS emulator, end to end over HTTP: the emulator's NRPS with
 * pages, differences and the three role forms, its Course Groups Service, its token endpoint
 * (which checks the tool's client assertion against the tool's published keys), and the tool's
 * roster API and admin history.
 */
@ExtendWith(ToolServer.class)
class EmulatorRosterSyncIT {

    private static final String SUBJECT = "northwind-%s-m%d";

    @Test
    void aLaunchSyncsTheRosterSoPeopleWhoNeverLaunchedAreMembersWithNormalisedRoles(ToolClient tool) {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 250, 40, 3);
        RosterSyncs.Session grace = launchFromEmulator(tool, course, "grace");

        Map<String, Object> view = awaitFinished(tool, grace);
        Map<?, ?> job = job(view);
        assertThat(job.get("state")).as(view.toString()).isEqualTo("succeeded");
        assertThat(job.get("trigger")).isEqualTo("launch");
        assertThat(job.get("mode")).isEqualTo("full");
        assertThat(job.get("pagesFetched")).isEqualTo(7L);          // 252 members, 40 a page
        assertThat(job.get("membersApplied")).isEqualTo(252L);
        assertThat(job.get("membersAdded")).isEqualTo(251L);        // Grace was in the course already, by her launch
        assertThat(job.get("groupsImported")).isEqualTo(3L);
        assertThat(view.get("lastSuccessfulSyncAt")).isNotNull();
        assertThat(view.get("activeMembers")).isEqualTo(252L);

        Map<String, Map<String, Object>> members = members(tool, grace.courseId());
        assertThat(members).hasSize(252);
        Map<String, Object> neverLaunched = members.get(SUBJECT.formatted(course, 17));
        assertThat(neverLaunched.get("status")).isEqualTo("active");
        assertThat(neverLaunched.get("source")).isEqualTo("roster");
        assertThat(neverLaunched.get("lastLaunchAt")).isNull();
        // The emulator lists learners as full URI, short name and LTI 1.1 URN in turn.
        assertThat(members.get(SUBJECT.formatted(course, 0)).get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(members.get(SUBJECT.formatted(course, 1)).get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(members.get(SUBJECT.formatted(course, 2)).get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(members.get(SUBJECT.formatted(course, 3)).get("roles")).isEqualTo(List.of("TEACHING_ASSISTANT"));
        assertThat(members.get(SUBJECT.formatted(course, 7)).get("roles")).isEqualTo(List.of("INSTRUCTOR"));
        assertThat(members.get("northwind-grace").get("source")).isEqualTo("launch");
        assertThat(members.get("northwind-grace").get("lastLaunchAt")).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void courseGroupsAreImportedWithTheirMembers(ToolClient tool) {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 30, 100, 3);
        RosterSyncs.Session grace = launchFromEmulator(tool, course, "grace");
        awaitFinished(tool, grace);

        ToolClient.Reply reply = tool.json("GET", "/api/courses/" + grace.courseId() + "/groups", null, grace.auth());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<Map<String, Object>> sets = (List<Map<String, Object>>) reply.json().get("sets");
        List<Map<String, Object>> groups = (List<Map<String, Object>>) reply.json().get("groups");
        assertThat(sets).singleElement().satisfies(s -> assertThat(s.get("name")).isEqualTo("Cohorts"));
        assertThat(groups).extracting(g -> g.get("name")).containsExactly("Cohort 1", "Cohort 2", "Cohort 3");
        assertThat(groups).allSatisfy(g -> assertThat(g.get("setKeys")).isEqualTo(List.of(course + "-cohorts")));
        // 32 members (Grace, Ada, 30 generated), each in exactly one cohort.
        assertThat(groups.stream().mapToLong(g -> ((Number) g.get("members")).longValue()).sum()).isEqualTo(32);

        String firstGroup = (String) groups.get(0).get("id");
        ToolClient.Reply people = tool.json("GET", "/api/courses/" + grace.courseId() + "/groups/" + firstGroup + "/members",
                null, grace.auth());
        assertThat(people.status()).isEqualTo(200);
        assertThat(people.jsonArray()).hasSize(((Number) groups.get(0).get("members")).intValue());

        // Fewer groups in the LMS: the removed ones are kept, inactive.
        RosterSyncs.emulatorRoster(tool, course, 30, 100, 2);
        Object previous = job(awaitFinished(tool, grace)).get("id");
        assertThat(RosterSyncs.start(tool, grace).status()).isEqualTo(202);
        awaitNextFinished(tool, grace, previous);
        List<Map<String, Object>> after = (List<Map<String, Object>>) tool.json("GET", "/api/courses/" + grace.courseId() + "/groups",
                null, grace.auth()).json().get("groups");
        assertThat(after).filteredOn(g -> Boolean.TRUE.equals(g.get("active"))).hasSize(2);
        assertThat(after).filteredOn(g -> "Cohort 3".equals(g.get("name"))).singleElement()
                .satisfies(g -> assertThat(g.get("active")).isEqualTo(false));
    }

    @Test
    void markingAMemberDeletedRevokesAccessThroughTheDifferencesLinkAndKeepsThePerson(ToolClient tool) {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 120, 50, 0);
        RosterSyncs.Session grace = launchFromEmulator(tool, course, "grace");
        Object first = job(awaitFinished(tool, grace)).get("id");

        RosterSyncs.emulatorMember(tool, course, "m5", "{\"status\": \"Deleted\"}");
        RosterSyncs.emulatorMember(tool, course, "m6", "{\"status\": \"Active\", \"givenName\": \"Renamed\"}");
        ToolClient.Reply started = RosterSyncs.start(tool, grace);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(((Map<?, ?>) started.json().get("job")).get("trigger")).isEqualTo("facilitator");

        Map<?, ?> job = job(awaitNextFinished(tool, grace, first));
        assertThat(job.get("state")).isEqualTo("succeeded");
        assertThat(job.get("mode")).isEqualTo("differences");
        assertThat(job.get("pagesFetched")).isEqualTo(1L);
        assertThat(job.get("membersApplied")).isEqualTo(2L);
        assertThat(job.get("membersDeactivated")).isEqualTo(1L);
        assertThat(job.get("membersUpdated")).isEqualTo(1L);

        Map<String, Map<String, Object>> members = members(tool, grace.courseId());
        assertThat(members).hasSize(122);
        assertThat(members.get(SUBJECT.formatted(course, 5)).get("status")).isEqualTo("inactive");
        assertThat(members.get(SUBJECT.formatted(course, 6)).get("name")).asString().startsWith("Renamed ");
        assertThat(members.values()).filteredOn(m -> "active".equals(m.get("status"))).hasSize(121);

        // Shrinking the course removes the tail through the next differences read.
        RosterSyncs.emulatorRoster(tool, course, 100, 50, 0);
        Object second = job.get("id");
        assertThat(RosterSyncs.start(tool, grace).status()).isEqualTo(202);
        Map<?, ?> shrink = job(awaitNextFinished(tool, grace, second));
        assertThat(shrink.get("mode")).isEqualTo("differences");
        assertThat(shrink.get("membersDeactivated")).isEqualTo(20L);
        assertThat(members(tool, grace.courseId()).get(SUBJECT.formatted(course, 110)).get("status")).isEqualTo("inactive");
    }

    @Test
    void aLearnerMayNeitherStartNorWatchASync(ToolClient tool) {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 5, 50, 0);
        RosterSyncs.Session ada = launchFromEmulator(tool, course, "ada");
        assertThat(RosterSyncs.status(tool, ada).status()).isEqualTo(403);
        assertThat(RosterSyncs.start(tool, ada).status()).isEqualTo(403);
        assertThat(tool.json("GET", "/api/courses/" + ada.courseId() + "/groups", null, ada.auth()).status()).isEqualTo(403);
        assertThat(tool.json("GET", "/api/courses/" + ada.courseId() + "/roster/sync", null).status()).isEqualTo(401);
    }

    @Test
    void anotherOrganisationsCourseIsNotFound(ToolClient tool) {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 5, 50, 0);
        RosterSyncs.Session grace = launchFromEmulator(tool, course, "grace");
        try (RosterTestPlatform other = RosterTestPlatform.register(tool)) {
            other.roster(RosterTestPlatform.learners("o", 1), 10);
            RosterSyncs.Session stranger = RosterSyncs.session(tool,
                    other.launch("teacher", "other-course", List.of(Member.INSTRUCTOR)));
            RosterSyncs.Session strangerAsking = new RosterSyncs.Session(stranger.token(), grace.courseId());
            assertThat(RosterSyncs.status(tool, strangerAsking).status()).isEqualTo(404);
            assertThat(RosterSyncs.start(tool, strangerAsking).status()).isEqualTo(404);

            // An organisation's administrator does not reach another organisation's roster either.
            RosterSyncs.Session ivy = launchFromEmulator(tool, "onb-2026", "ivy");
            assertThat(tool.json("GET", "/api/admin/rosters/" + stranger.courseId(), null, ivy.auth()).status()).isEqualTo(404);
            assertThat(tool.json("POST", "/api/admin/rosters/" + stranger.courseId() + "/sync", null, ivy.auth()).status()).isEqualTo(404);
            assertThat(tool.json("GET", "/api/admin/rosters/" + stranger.courseId() + "/members", null, ivy.auth()).status()).isEqualTo(404);
            assertThat(tool.json("GET", "/api/admin/roster-syncs?course=" + stranger.courseId(), null, ivy.auth()).jsonArray()).isEmpty();
            assertThat(tool.admin("GET", "/api/admin/roster-syncs?course=" + stranger.courseId(), null).jsonArray()).isNotEmpty();
            // …while their own organisation's course is theirs to see.
            assertThat(tool.json("GET", "/api/admin/rosters/" + grace.courseId(), null, ivy.auth()).status()).isEqualTo(200);
        }
    }

    @Test
    void administratorsSeeEveryRunAndMayStartOne(ToolClient tool) {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 10, 50, 0);
        RosterSyncs.Session grace = launchFromEmulator(tool, course, "grace");
        Object first = job(awaitFinished(tool, grace)).get("id");

        ToolClient.Reply started = tool.admin("POST", "/api/admin/rosters/" + grace.courseId() + "/sync", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Map<?, ?> adminJob = job(awaitNextFinished(tool, grace, first));
        assertThat(adminJob.get("trigger")).isEqualTo("admin");
        assertThat(adminJob.get("requestedBy")).isEqualTo("bootstrap-admin");

        List<Object> history = tool.admin("GET", "/api/admin/roster-syncs?course=" + grace.courseId(), null).jsonArray();
        assertThat(history).extracting(r -> (Object) ((Map<?, ?>) r).get("trigger")).containsExactly("admin", "launch");
        assertThat(tool.admin("GET", "/api/admin/roster-syncs/" + first, null).json().get("state")).isEqualTo("succeeded");
        assertThat(tool.json("GET", "/api/admin/roster-syncs", null).status()).isEqualTo(401);
        // A facilitator is not an administrator.
        assertThat(tool.json("GET", "/api/admin/roster-syncs", null, grace.auth()).status()).isEqualTo(403);
    }
}
