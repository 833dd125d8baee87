package org.thirdspace.application.courselink;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.organisation.DefaultsChoice;
import org.thirdspace.community.organisation.OrganisationDefaults;
import org.thirdspace.community.organisation.SpaceCreation;
import org.thirdspace.community.space.CourseCopies;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class FindLaunchDestinationTest {

    static final RoleSet LEARNER = new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false);
    static final RoleSet INSTRUCTOR = new RoleSet(EnumSet.of(CourseRole.INSTRUCTOR), false, false);

    final Community community = new Community();
    final CourseContext course = new CourseContext(ORG, "deployment-1", "course-1", "ONB", "Onboarding", NOW);
    final UUID link = UUID.randomUUID();
    final Actor ada = community.person(aMember());

    {
        community.courses.add(course);
    }

    Actor in(RoleSet roles) {
        return new Actor(ORG, ada.personId(), course.id(), link, roles);
    }

    FindLaunchDestination.CommunityReference placed(Space space) {
        return new FindLaunchDestination.CommunityReference(space.id().toString(),
                community.communityLinkKeys().keyFor(ORG, space.id()));
    }

    @Test
    void aLaunchWithoutACourseOrWithoutASpaceIsNotSetUpAndInstructorsMayStartOne() {
        LaunchDestination noCourse = community.findLaunchDestination().find(new Actor(ORG, ada.personId(), null, null, LEARNER),
                null, null, NOW);
        assertThat(noCourse.notSetUp()).isTrue();
        assertThat(community.findLaunchDestination().find(in(LEARNER), null, null, NOW).mayCreate()).isFalse();
        LaunchDestination forInstructor = community.findLaunchDestination().find(in(INSTRUCTOR), null, null, NOW);
        assertThat(forInstructor.mayCreate()).isTrue();
        assertThat(forInstructor.courseName()).isEqualTo("Onboarding");
    }

    @Test
    void whereOnlyAdminsStartSpacesAnInstructorIsToldToAskOneAndALearnerIsNot() {
        community.organisationDefaults.add(new OrganisationDefaults(ORG,
                new DefaultsChoice(3, DigestFrequency.WEEKLY, SpaceCreation.ADMINS_ONLY), "person:x", NOW));
        LaunchDestination forInstructor = community.findLaunchDestination().find(in(INSTRUCTOR), null, null, NOW);
        assertThat(forInstructor.notSetUp()).isTrue();
        assertThat(forInstructor.mayCreate()).isFalse();
        assertThat(forInstructor.askAdmin()).isTrue();
        assertThat(community.findLaunchDestination().find(in(LEARNER), null, null, NOW).askAdmin()).isFalse();
        LaunchDestination forAdmin = community.findLaunchDestination().find(in(new RoleSet(EnumSet.noneOf(CourseRole.class), true, false)),
                null, null, NOW);
        assertThat(forAdmin.mayCreate()).isTrue();
        assertThat(forAdmin.askAdmin()).isFalse();
    }

    @Test
    void theCoursesOnlySpaceOpensAndSeveralAreOfferedAsAChoice() {
        Space one = community.add(aSpace().titled("One"));
        community.spaces.linkCourse(one.id(), course.id(), null, NOW);
        assertThat(community.findLaunchDestination().find(in(LEARNER), null, null, NOW).spaceId()).isEqualTo(one.id());
        Space two = community.add(aSpace().titled("Two"));
        community.spaces.linkCourse(two.id(), course.id(), null, NOW);
        assertThat(community.findLaunchDestination().find(in(LEARNER), null, null, NOW).choices())
                .extracting(LaunchDestination.Choice::title).containsExactlyInAnyOrder("One", "Two");
    }

    @Test
    void aPlacedLinkFromACopiedCourseJoinsTheSpaceWhenItsRuleIsJoinAndTheLinkRemembersIt() {
        Space lasting = community.add(aSpace());
        LaunchDestination destination = community.findLaunchDestination().find(in(LEARNER), null, placed(lasting), NOW);
        assertThat(destination.spaceId()).isEqualTo(lasting.id());
        assertThat(community.spaces.linkedCourses(lasting.id())).containsExactly(course.id());
        assertThat(community.spaces.entry(link)).contains(lasting.id());
    }

    @Test
    void aPlacedLinkOfASpaceWhoseRuleIsNewRunStartsOneRunPerCourse() {
        Space cohort = community.add(aSpace().titled("Cohort"));
        cohort.copyRule(CourseCopies.NEW_RUN, NOW);
        LaunchDestination first = community.findLaunchDestination().find(in(LEARNER), "Onboarding, May", placed(cohort), NOW);
        assertThat(first.spaceId()).isNotEqualTo(cohort.id());
        LaunchDestination again = community.findLaunchDestination().find(in(LEARNER), "Onboarding, May", placed(cohort), NOW);
        assertThat(again.spaceId()).isEqualTo(first.spaceId());
        assertThat(community.spaces.linkedCourses(cohort.id())).isEmpty();
    }

    @Test
    void aLinkThatNamesASpaceWithoutItsKeyDoesNotJoinIt() {
        Space other = community.add(aSpace());
        LaunchDestination destination = community.findLaunchDestination().find(in(LEARNER), null,
                new FindLaunchDestination.CommunityReference(other.id().toString(), "not-the-key"), NOW);
        assertThat(destination.notSetUp()).isTrue();
        assertThat(community.spaces.linkedCourses(other.id())).isEmpty();
    }
}
