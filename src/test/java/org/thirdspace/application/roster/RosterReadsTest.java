package org.thirdspace.application.roster;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.PersonBarred;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.community.person.PersonStatus;
import org.thirdspace.community.roster.RosterServices;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.RosterSyncTrigger;
import org.thirdspace.config.Setting;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.fixture.InMemoryCourses;
import org.thirdspace.fixture.InMemoryPeople;
import org.thirdspace.fixture.InMemoryRosters;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.OTHER_ORG;

/** What people who teach a course and administrators read of its roster: ShowRosterSync, RosterSyncHistory, ListCourseMembers; and RememberRosterServices after a launch. */
class RosterReadsTest {

    static final RoleSet LEARNER = new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false);
    static final RoleSet INSTRUCTOR = new RoleSet(EnumSet.of(CourseRole.INSTRUCTOR), false, false);
    static final RosterServices OFFERED = new RosterServices("https://lms.example/memberships", null, null, null);

    final InMemoryPeople people = new InMemoryPeople();
    final InMemoryCourses courses = new InMemoryCourses();
    final InMemoryRosters rosters = new InMemoryRosters(people, courses);
    final CourseContext course = new CourseContext(ORG, "d", "c", "ONB", "Onboarding", NOW.minusSeconds(86_400));
    final ShowRosterSync showRosterSync = new ShowRosterSync(new CourseFacilitators(courses, people), rosters);

    {
        courses.add(course);
    }

    Person member(String subject, RoleSet roles) {
        Person person = new Person(ORG, subject, new PersonProfile(subject, null, null, null, null, null), NOW.minusSeconds(3600));
        people.add(person);
        courses.add(new CourseMembership(course.id(), person.id(), roles, MembershipSource.ROSTER, NOW.minusSeconds(3600)));
        return person;
    }

    @Test
    void someoneWhoTeachesTheCourseSeesItsRosterAndALearnerDoesNot() {
        Person teacher = member("teacher", INSTRUCTOR);
        Person learner = member("learner", LEARNER);
        CourseRosterState state = showRosterSync.forFacilitator(new Requester(ORG, teacher.id(), null, LEARNER), course.id());
        assertThat(state.activeMembers()).isEqualTo(2);
        assertThat(state.roster()).isNull();
        assertThatThrownBy(() -> showRosterSync.forFacilitator(new Requester(ORG, learner.id(), null, LEARNER), course.id()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aBarredPersonOrAnUnknownCourseIsRefused() {
        Person teacher = member("teacher", INSTRUCTOR);
        teacher.changeStatus(PersonStatus.SUSPENDED, NOW);
        assertThatThrownBy(() -> showRosterSync.forFacilitator(new Requester(ORG, teacher.id(), null, INSTRUCTOR), course.id()))
                .isInstanceOf(PersonBarred.class);
        Person other = member("other", INSTRUCTOR);
        assertThatThrownBy(() -> showRosterSync.forFacilitator(new Requester(ORG, other.id(), null, INSTRUCTOR), UUID.randomUUID()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void administratorsSeeTheirOrganisationsRunsAndTheOperatorSeesAll() {
        RosterSync run = new RosterSync(ORG, course.id(), RosterSyncTrigger.SCHEDULE, "schedule", "node-1", null, NOW);
        rosters.add(run);
        rosters.add(new RosterSync(OTHER_ORG, UUID.randomUUID(), RosterSyncTrigger.SCHEDULE, "schedule", "node-1", null, NOW));
        RosterSyncHistory history = new RosterSyncHistory(rosters);
        assertThat(history.list(Administrator.ofOrganisation(ORG, UUID.randomUUID()), null, null, 50)).containsExactly(run);
        assertThat(history.list(Administrator.operator(), null, null, 50)).hasSize(2);
        assertThatThrownBy(() -> history.one(Administrator.ofOrganisation(OTHER_ORG, UUID.randomUUID()), run.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> showRosterSync.forAdministrator(Administrator.ofOrganisation(OTHER_ORG, UUID.randomUUID()), course.id()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anAdministratorListsTheMembersByStatusAndAnUnknownStatusIsRefused() {
        member("a", LEARNER);
        member("b", LEARNER);
        courses.memberships(course.id(), 10).get(1).deactivate(NOW);
        ListCourseMembers list = new ListCourseMembers(rosters);
        Administrator admin = Administrator.ofOrganisation(ORG, UUID.randomUUID());
        assertThat(list.list(admin, course.id(), null, 0, 50).total()).isEqualTo(2);
        assertThat(list.list(admin, course.id(), "inactive", 0, 50).members()).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("b"));
        assertThatThrownBy(() -> list.list(admin, course.id(), "lost", 0, 50)).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void aLaunchRemembersTheServicesAndSaysASyncIsDueOnlyWhenTheRosterIsStale() {
        RememberRosterServices remember = new RememberRosterServices(rosters, ToolSettings.of(Map.of(Setting.ROSTER_STALE_MINUTES, "60")));
        assertThat(remember.remember(course.id(), OFFERED)).as("never synced").isTrue();
        rosters.roster(course.id()).orElseThrow().succeeded(null, Instant.now());
        assertThat(remember.remember(course.id(), OFFERED)).as("synced just now").isFalse();
        RememberRosterServices never = new RememberRosterServices(rosters, ToolSettings.of(Map.of(Setting.ROSTER_STALE_MINUTES, "0")));
        assertThat(never.remember(course.id(), OFFERED)).as("0: launches never start one").isFalse();
    }
}
