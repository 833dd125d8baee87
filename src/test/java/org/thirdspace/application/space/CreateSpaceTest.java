package org.thirdspace.application.space;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.organisation.DefaultsChoice;
import org.thirdspace.community.organisation.OrganisationDefaults;
import org.thirdspace.community.organisation.SpaceCreation;
import org.thirdspace.community.space.CourseCopies;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceKind;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.aMember;

class CreateSpaceTest {

    final Community community = new Community();

    @Test
    void anInstructorStartsASpaceLinkedToTheirCourseAndItsLink() {
        Actor instructor = community.person(aMember().facilitator());
        UUID course = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        Actor inCourse = new Actor(instructor.organisationId(), instructor.personId(), course, link, instructor.launchRoles());
        Space space = community.createSpace().create(inCourse,
                new CreateSpace.Request("Cohort 12", null, null, "COHORT", null), NOW);
        assertThat(community.spaces.find(ORG, space.id())).contains(space);
        assertThat(space.kind()).isEqualTo(SpaceKind.COHORT);
        assertThat(space.courseCopies()).isEqualTo(CourseCopies.NEW_RUN);
        assertThat(community.spaces.linkedCourses(space.id())).containsExactly(course);
        assertThat(community.spaces.entry(link)).contains(space.id());
    }

    @Test
    void aLearnerDoesNotStartSpaces() {
        Actor learner = community.person(aMember());
        assertThatThrownBy(() -> community.createSpace().create(learner, new CreateSpace.Request("Mine", null, null, null, null), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThat(community.spaces.memberships(ORG, learner.personId())).isEmpty();
    }

    @Test
    void aMissingTitleOrAnUnknownKindOrCopyRuleIsRefused() {
        Actor instructor = community.person(aMember().facilitator());
        assertThatThrownBy(() -> community.createSpace().create(instructor, new CreateSpace.Request(null, null, null, null, null), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> community.createSpace().create(instructor, new CreateSpace.Request("T", null, null, "CLUB", null), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> community.createSpace().create(instructor, new CreateSpace.Request("T", null, null, null, "FORK"), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("courseCopies"));
        assertThat(community.spaces.search(ORG, null, null, null, 10)).isEmpty();
    }

    @Test
    void whereOnlyAdminsStartSpacesAnInstructorIsToldToAskOneAndNothingIsCreated() {
        community.organisationDefaults.add(new OrganisationDefaults(ORG,
                new DefaultsChoice(3, DigestFrequency.WEEKLY, SpaceCreation.ADMINS_ONLY), "person:x", NOW));
        Actor instructor = community.person(aMember().facilitator());
        assertThatThrownBy(() -> community.createSpace().create(instructor, new CreateSpace.Request("Mine", null, null, null, null), NOW))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("only administrators start spaces")
                .hasMessageContaining("ask your L&D admin");
        assertThat(community.spaces.search(ORG, null, null, null, 10)).isEmpty();

        Actor admin = community.person(aMember().launchedAs(new RoleSet(EnumSet.noneOf(CourseRole.class), true, false)));
        Space space = community.createSpace().create(admin, new CreateSpace.Request("Admins' circle", null, null, null, null), NOW);
        assertThat(community.spaces.find(ORG, space.id())).isPresent();
    }
}
