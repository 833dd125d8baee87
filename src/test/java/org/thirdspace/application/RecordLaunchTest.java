package org.thirdspace.application;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.community.person.PersonStatus;
import org.thirdspace.fixture.InMemoryCourses;
import org.thirdspace.fixture.InMemoryPeople;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordLaunchTest {

    static final UUID ORG = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final RoleSet LEARNER = new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false);

    final InMemoryPeople people = new InMemoryPeople();
    final InMemoryCourses courses = new InMemoryCourses();
    final RecordLaunch recordLaunch = new RecordLaunch(people, courses, (person, membership) -> {
        people.add(person);
        courses.add(membership);
    });

    static LaunchArrival arrival(String subject, String name) {
        return new LaunchArrival(ORG, "deployment-1", subject, new PersonProfile(name, null, null, null, null, null), LEARNER,
                new LaunchArrival.Course("course-1", "ONB-1", "Onboarding"), new LaunchArrival.Link("link-1", "Community"));
    }

    @Test
    void aFirstLaunchRecordsThePersonTheCourseTheirMembershipAndTheLink() {
        LaunchRecord record = recordLaunch.record(arrival("sub-1", "Ada"), NOW);
        assertThat(people.all()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(record.personId());
            assertThat(p.lastLaunchAt()).isEqualTo(NOW);
        });
        assertThat(courses.all()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(record.courseId()));
        assertThat(courses.membership(record.courseId(), record.personId())).get()
                .satisfies(m -> assertThat(m.isActive()).isTrue());
        assertThat(courses.links()).singleElement().satisfies(l -> assertThat(l.id()).isEqualTo(record.linkId()));
        assertThat(record.personName()).isEqualTo("Ada");
        assertThat(record.courseName()).isEqualTo("Onboarding");
    }

    @Test
    void aLaterLaunchFindsThePersonBySubjectAndFollowsTheirNewName() {
        LaunchRecord first = recordLaunch.record(arrival("sub-1", "Ada"), NOW);
        LaunchRecord second = recordLaunch.record(arrival("sub-1", "Ada Okafor"), NOW.plusSeconds(60));
        assertThat(second.personId()).isEqualTo(first.personId());
        assertThat(second.courseId()).isEqualTo(first.courseId());
        assertThat(people.all()).hasSize(1);
        assertThat(second.personName()).isEqualTo("Ada Okafor");
    }

    /** LTI.md negative test 23: the LMS let them in, the tool does not. */
    @Test
    void aSuspendedOrDeletedPersonIsRefusedAndNothingAboutThemChanges() {
        for (PersonStatus barred : new PersonStatus[] {PersonStatus.SUSPENDED, PersonStatus.DELETED}) {
            Person person = new Person(ORG, "sub-" + barred, new PersonProfile("Old name", null, null, null, null, null),
                    NOW.minusSeconds(3600));
            person.changeStatus(barred, NOW.minusSeconds(60));
            people.add(person);
            assertThatThrownBy(() -> recordLaunch.record(arrival("sub-" + barred, "New name"), NOW))
                    .isInstanceOf(PersonBarred.class);
            assertThat(person.nameToShow()).isEqualTo("Old name");
            assertThat(person.lastLaunchAt()).isNull();
        }
        assertThat(courses.all()).isEmpty();
    }

    @Test
    void aLaunchWithoutACourseRecordsOnlyThePerson() {
        LaunchRecord record = recordLaunch.record(new LaunchArrival(ORG, "deployment-1", "sub-2",
                PersonProfile.EMPTY, LEARNER, null, null), NOW);
        assertThat(record.courseId()).isNull();
        assertThat(record.linkId()).isNull();
        assertThat(courses.all()).isEmpty();
        assertThat(people.all()).hasSize(1);
    }

    static LaunchArrival lti11(String userId, String name) {
        return new LaunchArrival(ORG, CourseContext.LTI11_DEPLOYMENT, null, new PersonProfile(name, null, null, null, null, null), LEARNER,
                new LaunchArrival.Course("course-1", "ONB-1", "Onboarding"), new LaunchArrival.Link("link-1", "Community"), userId, null);
    }

    static LaunchArrival migrated(String subject, String userId) {
        return new LaunchArrival(ORG, "deployment-1", subject, new PersonProfile("Ada", null, null, null, null, null), LEARNER,
                new LaunchArrival.Course("course-1", "ONB-1", "Onboarding"), new LaunchArrival.Link("link-1", "Community"), userId, null);
    }

    @Test
    void anLti11LaunchIsFoundByItsUserIdAndALti13LaunchWithTheVerifiedClaimContinuesThatPersonAndCourse() {
        LaunchRecord as11 = recordLaunch.record(lti11("u-1", "Ada"), NOW);
        assertThat(recordLaunch.record(lti11("u-1", "Ada"), NOW.plusSeconds(60)).personId()).isEqualTo(as11.personId());
        assertThat(people.all()).singleElement().satisfies(p -> assertThat(p.knownOnlyByLti11()).isTrue());
        assertThat(courses.all()).singleElement().satisfies(c -> assertThat(c.isLti11Only()).isTrue());

        LaunchRecord as13 = recordLaunch.record(migrated("sub-1", "u-1"), NOW.plusSeconds(120));
        assertThat(as13.personId()).isEqualTo(as11.personId());
        assertThat(as13.courseId()).isEqualTo(as11.courseId());
        assertThat(people.all()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("sub-1");
            assertThat(p.legacyUserId()).isEqualTo("u-1");
        });
        assertThat(courses.all()).singleElement().satisfies(c -> assertThat(c.deploymentId()).isEqualTo("deployment-1"));
        // Both ways keep finding the one person and course afterwards.
        assertThat(recordLaunch.record(arrival("sub-1", "Ada"), NOW.plusSeconds(180)).personId()).isEqualTo(as11.personId());
        LaunchRecord again11 = recordLaunch.record(lti11("u-1", "Ada"), NOW.plusSeconds(240));
        assertThat(again11.personId()).isEqualTo(as11.personId());
        assertThat(again11.courseId()).isEqualTo(as11.courseId());
        assertThat(people.all()).hasSize(1);
        assertThat(courses.all()).hasSize(1);
    }

    @Test
    void aLti13PersonNamedByTheClaimIsFoundByLaterLti11Launches() {
        LaunchRecord as13 = recordLaunch.record(migrated("sub-2", "u-2"), NOW);
        LaunchRecord as11 = recordLaunch.record(lti11("u-2", "Ada"), NOW.plusSeconds(60));
        assertThat(as11.personId()).isEqualTo(as13.personId());
        assertThat(as11.courseId()).isEqualTo(as13.courseId());
        assertThat(people.all()).hasSize(1);
    }

    @Test
    void withoutAVerifiedClaimAnLti13LaunchIsSomeoneElse() {
        LaunchRecord as11 = recordLaunch.record(lti11("u-3", "Ada"), NOW);
        LaunchRecord as13 = recordLaunch.record(arrival("sub-3", "Ada"), NOW.plusSeconds(60));
        assertThat(as13.personId()).isNotEqualTo(as11.personId());
        assertThat(as13.courseId()).isNotEqualTo(as11.courseId());
    }
}
