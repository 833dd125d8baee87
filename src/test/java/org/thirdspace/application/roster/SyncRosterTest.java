package org.thirdspace.application.roster;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.lms.CourseGroupsSource;
import org.thirdspace.application.lms.GroupsPage;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.PlatformAccounts;
import org.thirdspace.application.lms.PlatformUnavailable;
import org.thirdspace.application.lms.RosterPage;
import org.thirdspace.application.lms.RosterSource;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.application.lms.ServiceUnavailable;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.coursegroup.ImportedGroup;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterMember;
import org.thirdspace.community.roster.RosterServices;
import org.thirdspace.community.roster.RosterStatus;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.RosterSyncState;
import org.thirdspace.community.roster.RosterSyncTrigger;
import org.thirdspace.config.Setting;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.fixture.InMemoryCourseGroups;
import org.thirdspace.fixture.InMemoryCourses;
import org.thirdspace.fixture.InMemoryPeople;
import org.thirdspace.fixture.InMemoryRosters;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.ORG;

/**
 * A roster run end to end without a container: the claim, the groups, the pages read one after the
 * other and applied, and the end of the run, over in-memory stores and a scripted LMS.
 */
class SyncRosterTest {

    static final RoleSet LEARNER = new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false);
    static final String LMS = "https://lms.example";
    static final String MEMBERSHIPS = LMS + "/courses/7/memberships";

    final InMemoryPeople people = new InMemoryPeople();
    final InMemoryCourses courses = new InMemoryCourses();
    final InMemoryRosters rosters = new InMemoryRosters(people, courses);
    final InMemoryCourseGroups groups = new InMemoryCourseGroups();
    final ScriptedLms lms = new ScriptedLms();
    final ToolSettings settings = ToolSettings.of(Map.of());
    final boolean[] registrationActive = {true};
    final PlatformAccounts accounts = organisationId -> {
        if (!registrationActive[0]) {
            throw new PlatformUnavailable("the platform registration is disabled; rosters are synced for active registrations only");
        }
        return new PlatformAccount(organisationId, "client-1", LMS + "/token", null);
    };
    final RosterSyncSteps steps = new RosterSyncSteps(rosters, accounts, groups, settings);
    final RosterSyncClaims claims = new RosterSyncClaims(rosters, settings);
    final SyncRoster syncRoster = new SyncRoster(steps, new ApplyRosterPage(rosters, groups, settings),
            new ImportCourseGroups(lms, new ApplyCourseGroups(groups, rosters), steps, settings), lms, settings);

    final CourseContext course = new CourseContext(ORG, "deployment-1", "course-7", "ONB", "Onboarding", Instant.now().minusSeconds(86_400));

    {
        courses.add(course);
        syncRoster.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread thread = new Thread(r, "roster-page-reader");
                thread.setDaemon(true);
                return thread;
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        };
        syncRoster.start();
    }

    @AfterEach
    void stop() {
        syncRoster.stop();
    }

    void offered(String groupsUrl) {
        rosters.add(new CourseRoster(course.id(), new RosterServices(MEMBERSHIPS, null, groupsUrl, null), Instant.now().minusSeconds(3600)));
    }

    RosterSync run() {
        StartRosterSync.Started started = claims.claim(course, RosterSyncTrigger.FACILITATOR, "person:test").orElseThrow();
        assertThat(started.startedNow()).isTrue();
        syncRoster.run(started.sync().id());
        return rosters.sync(started.sync().id()).orElseThrow();
    }

    static RosterMember member(String subject, RosterStatus status, String... groupKeys) {
        return new RosterMember(subject, new PersonProfile("Person " + subject, null, null, null, null, null), LEARNER, status, Map.of(),
                null, null, groupKeys.length == 0 ? null : List.of(groupKeys));
    }

    Person known(String subject) {
        Person person = new Person(ORG, subject, new PersonProfile("Known " + subject, null, null, null, null, null),
                Instant.now().minusSeconds(7200));
        people.add(person);
        courses.add(new CourseMembership(course.id(), person.id(), LEARNER, MembershipSource.LAUNCH, Instant.now().minusSeconds(7200)));
        return person;
    }

    boolean hasAccess(String subject) {
        Person person = people.findBySubject(ORG, subject).orElseThrow();
        return courses.membership(course.id(), person.id()).orElseThrow().isActive();
    }

    @Test
    void aCompleteFullRosterAddsTheNewUpdatesTheKnownAndTakesAccessFromTheUnlisted() {
        offered(null);
        known("stays");
        known("gone");
        lms.page(MEMBERSHIPS, new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE), member("stays", RosterStatus.ACTIVE)),
                URI.create(MEMBERSHIPS + "?page=2"), null, 0, null));
        lms.page(MEMBERSHIPS + "?page=2", new RosterPage(List.of(member("new-2", RosterStatus.ACTIVE)), null,
                URI.create(MEMBERSHIPS + "/differences?since=1"), 0, null));
        RosterSync sync = run();
        assertThat(sync.state()).isEqualTo(RosterSyncState.SUCCEEDED);
        assertThat(sync.pagesFetched()).isEqualTo(2);
        assertThat(sync.membersAdded()).isEqualTo(2);
        assertThat(sync.membersDeactivated()).isEqualTo(1);
        assertThat(hasAccess("new-1")).isTrue();
        assertThat(hasAccess("stays")).isTrue();
        assertThat(hasAccess("gone")).isFalse();
        CourseRoster roster = rosters.roster(course.id()).orElseThrow();
        assertThat(roster.differencesUrl()).isEqualTo(MEMBERSHIPS + "/differences?since=1");
        assertThat(roster.lastSuccessAt()).isNotNull();
        assertThat(roster.leaseJobId()).isNull();
    }

    @Test
    void aRunThatStopsPartWayKeepsWhatItAppliedAndTakesNobodysAccess() {
        offered(null);
        known("gone");
        lms.page(MEMBERSHIPS, new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE)), URI.create(MEMBERSHIPS + "?page=2"), null,
                0, null));
        lms.failure(MEMBERSHIPS + "?page=2", new ServiceUnavailable("HTTP 503"));
        RosterSync sync = run();
        assertThat(sync.state()).isEqualTo(RosterSyncState.FAILED);
        assertThat(sync.error()).contains("roster page 2").contains("nothing was taken away");
        assertThat(hasAccess("new-1")).isTrue();
        assertThat(hasAccess("gone")).isTrue();
        assertThat(rosters.roster(course.id()).orElseThrow().leaseJobId()).isNull();
    }

    @Test
    void aNextLinkToAnotherOriginIsNotFollowedAndTheRunStops() {
        offered(null);
        known("gone");
        lms.page(MEMBERSHIPS, new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE)),
                URI.create("https://elsewhere.example/steal"), null, 0, null));
        RosterSync sync = run();
        assertThat(sync.state()).isEqualTo(RosterSyncState.FAILED);
        assertThat(sync.error()).contains("another origin");
        assertThat(lms.asked).doesNotContain("https://elsewhere.example/steal");
        assertThat(hasAccess("gone")).isTrue();
    }

    @Test
    void anExpiredDifferencesLinkFallsBackToTheWholeRosterWithAWarning() {
        offered(null);
        CourseRoster roster = rosters.roster(course.id()).orElseThrow();
        roster.succeeded(MEMBERSHIPS + "/differences?since=0", Instant.now().minusSeconds(3600));
        lms.failure(MEMBERSHIPS + "/differences?since=0", new ServiceRefused("gone", 410, null));
        lms.page(MEMBERSHIPS, new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE)), null, null, 0, null));
        RosterSync sync = run();
        assertThat(sync.state()).isEqualTo(RosterSyncState.SUCCEEDED);
        assertThat(sync.lastWarning()).contains("differences link was refused");
        assertThat(hasAccess("new-1")).isTrue();
    }

    @Test
    void theCoursesWholeRosterIsReadEvenWhenALinkIsKnown() {
        rosters.add(new CourseRoster(course.id(), new RosterServices(MEMBERSHIPS, "rl-1", null, null), Instant.now().minusSeconds(3600)));
        known("gone");
        lms.page(MEMBERSHIPS, new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE)), null, null, 0, null));
        RosterSync sync = run();
        assertThat(sync.state()).isEqualTo(RosterSyncState.SUCCEEDED);
        assertThat(lms.asked).containsExactly(MEMBERSHIPS);
        assertThat(hasAccess("gone")).isFalse();
    }

    @Test
    void aLinkLevelListingTakesNobodysAccessAway() {
        rosters.add(new CourseRoster(course.id(), new RosterServices(MEMBERSHIPS, "rl-1", null, null), Instant.now().minusSeconds(3600)));
        known("restricted-away");
        lms.page(MEMBERSHIPS + "?rlid=rl-1", new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE)), null, null, 0, null));
        RosterSync sync = runLinkLevel();
        assertThat(sync.state()).isEqualTo(RosterSyncState.SUCCEEDED);
        assertThat(sync.membersDeactivated()).isZero();
        assertThat(hasAccess("new-1")).isTrue();
        assertThat(hasAccess("restricted-away")).as("not listed for the link, still in the course").isTrue();
    }

    @Test
    void aLinkThePlatformNoLongerKnowsIsForgottenAndTheCoursesRosterIsRead() {
        rosters.add(new CourseRoster(course.id(), new RosterServices(MEMBERSHIPS, "deleted-activity", null, null),
                Instant.now().minusSeconds(3600)));
        known("gone");
        lms.failure(MEMBERSHIPS + "?rlid=deleted-activity", new ServiceRefused("not found", 404, null));
        lms.page(MEMBERSHIPS, new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE)), null, null, 0, null));
        RosterSync sync = runLinkLevel();
        assertThat(sync.state()).isEqualTo(RosterSyncState.SUCCEEDED);
        assertThat(sync.lastWarning()).contains("resource link was refused (HTTP 404)");
        assertThat(hasAccess("new-1")).isTrue();
        assertThat(hasAccess("gone")).isFalse();
        CourseRoster roster = rosters.roster(course.id()).orElseThrow();
        assertThat(roster.services().resourceLinkKey()).isNull();
        assertThat(roster.offer(new RosterServices(MEMBERSHIPS, "rl-new", null, null), Instant.now())).isTrue();
        assertThat(roster.services().resourceLinkKey()).as("the next launch's link").isEqualTo("rl-new");
    }

    /** A run with link-level listings configured ({@code thirdspace.roster.link-level}). */
    RosterSync runLinkLevel() {
        ToolSettings linkLevel = ToolSettings.of(Map.of(Setting.ROSTER_LINK_LEVEL, "true"));
        RosterSyncSteps linkSteps = new RosterSyncSteps(rosters, accounts, groups, linkLevel);
        SyncRoster sync = new SyncRoster(linkSteps, new ApplyRosterPage(rosters, groups, linkLevel),
                new ImportCourseGroups(lms, new ApplyCourseGroups(groups, rosters), linkSteps, linkLevel), lms, linkLevel);
        sync.threads = syncRoster.threads;
        sync.start();
        try {
            StartRosterSync.Started started = claims.claim(course, RosterSyncTrigger.FACILITATOR, "person:test").orElseThrow();
            sync.run(started.sync().id());
            return rosters.sync(started.sync().id()).orElseThrow();
        } finally {
            sync.stop();
        }
    }

    @Test
    void theGroupsComeFirstAndListedMembersArePlacedInThem() {
        offered(LMS + "/courses/7/groups");
        lms.groups(LMS + "/courses/7/groups", new GroupsPage(List.of(new ImportedGroup("g-red", "Red", null, List.of())), List.of(), null));
        lms.page(MEMBERSHIPS, new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE, "g-red")), null, null, 0, null));
        RosterSync first = run();
        assertThat(first.groupsImported()).isEqualTo(1);
        Person person = people.findBySubject(ORG, "new-1").orElseThrow();
        UUID red = groups.activeGroupIds(course.id()).get("g-red");
        assertThat(groups.groupsOf(person.id())).containsExactly(red);
        // Listed again in the same group, nobody joins twice.
        RosterSync second = run();
        assertThat(second.state()).isEqualTo(RosterSyncState.SUCCEEDED);
        assertThat(groups.groupsOf(person.id())).containsExactly(red);
    }

    @Test
    void aRunWhoseLeaseAnotherRunTookStopsWithoutFinishing() {
        offered(null);
        known("gone");
        lms.page(MEMBERSHIPS, new RosterPage(List.of(member("new-1", RosterStatus.ACTIVE)), URI.create(MEMBERSHIPS + "?page=2"), null,
                0, null));
        lms.page(MEMBERSHIPS + "?page=2", new RosterPage(List.of(member("new-2", RosterStatus.ACTIVE)), null, null, 0, null));
        lms.onAsk(MEMBERSHIPS + "?page=2", () -> rosters.takeOverLease(course.id(), UUID.randomUUID(), Instant.now().plusSeconds(600)));
        RosterSync sync = run();
        assertThat(sync.state()).isEqualTo(RosterSyncState.FAILED);
        assertThat(sync.error()).contains("another run took over");
        assertThat(hasAccess("gone")).isTrue();
    }

    @Test
    void aRegistrationThatIsNotActiveIsNotCalled() {
        offered(null);
        registrationActive[0] = false;
        RosterSync sync = run();
        assertThat(sync.state()).isEqualTo(RosterSyncState.FAILED);
        assertThat(sync.error()).contains("active registrations only");
        assertThat(lms.asked).isEmpty();
    }

    @Test
    void aCourseWhoseLmsOfferedNoRosterCannotBeSyncedByAFacilitatorAndALaunchStartsOnlyAStaleOne() {
        assertThatThrownBy(() -> claims.claim(course, RosterSyncTrigger.FACILITATOR, "person:test")).isInstanceOf(Conflict.class);
        offered(null);
        rosters.roster(course.id()).orElseThrow().succeeded(null, Instant.now());
        assertThat(claims.claim(course, RosterSyncTrigger.LAUNCH, "launch")).isEmpty();
        StartRosterSync.Started started = claims.claim(course, RosterSyncTrigger.FACILITATOR, "person:a").orElseThrow();
        StartRosterSync.Started joined = claims.claim(course, RosterSyncTrigger.ADMIN, "admin").orElseThrow();
        assertThat(joined.startedNow()).isFalse();
        assertThat(joined.sync().id()).isEqualTo(started.sync().id());
    }

    /** An LMS that answers from a script, and says what it was asked. */
    static final class ScriptedLms implements RosterSource, CourseGroupsSource {
        final Map<String, Object> answers = new HashMap<>();
        final Map<String, Runnable> onAsk = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        void page(String url, RosterPage page) {
            answers.put(url, page);
        }

        void groups(String url, GroupsPage page) {
            answers.put(url, page);
        }

        void failure(String url, ServiceFailure failure) {
            answers.put(url, failure);
        }

        void onAsk(String url, Runnable action) {
            onAsk.put(url, action);
        }

        @Override
        public URI firstPage(String membershipsUrl, String resourceLinkKey) {
            return URI.create(resourceLinkKey == null ? membershipsUrl : membershipsUrl + "?rlid=" + resourceLinkKey);
        }

        @Override
        public synchronized RosterPage page(PlatformAccount account, URI url) throws ServiceFailure {
            return (RosterPage) answer(url);
        }

        @Override
        public synchronized GroupsPage groups(PlatformAccount account, URI url) throws ServiceFailure {
            return (GroupsPage) answer(url);
        }

        @Override
        public synchronized GroupsPage sets(PlatformAccount account, URI url) throws ServiceFailure {
            return (GroupsPage) answer(url);
        }

        private Object answer(URI url) throws ServiceFailure {
            asked.add(url.toString());
            onAsk.getOrDefault(url.toString(), () -> { }).run();
            Object answer = answers.get(url.toString());
            if (answer instanceof ServiceFailure failure) {
                throw failure;
            }
            if (answer == null) {
                throw new ServiceRefused("no such page in the script: " + url, 404, null);
            }
            return answer;
        }
    }
}
