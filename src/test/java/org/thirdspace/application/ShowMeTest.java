package org.thirdspace.application;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.organisation.Organisation;
import org.thirdspace.community.person.PersonStatus;
import org.thirdspace.fixture.Community;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.aMember;

class ShowMeTest {

    final Community community = new Community();
    final ShowMe showMe = new ShowMe(community.people, community.courses,
            id -> id.equals(ORG) ? Optional.of(new Organisation(ORG, "Acme Learning")) : Optional.empty());

    @Test
    void aPersonSeesTheirNameOrganisationAndCourse() {
        Actor ada = community.person(aMember().named("Ada"));
        CourseContext course = new CourseContext(ORG, "d", "c", "ONB", "Onboarding", NOW);
        community.courses.add(course);
        ShowMe.Me me = showMe.show(ORG, ada.personId(), course.id(), ada.launchRoles());
        assertThat(me.name()).isEqualTo("Ada");
        assertThat(me.organisationName()).isEqualTo("Acme Learning");
        assertThat(me.courseName()).isEqualTo("Onboarding");
    }

    @Test
    void aSuspendedPersonIsRefusedEvenWithAValidSession() {
        Actor barred = community.person(aMember().barred(PersonStatus.SUSPENDED));
        assertThatThrownBy(() -> showMe.show(ORG, barred.personId(), null, barred.launchRoles())).isInstanceOf(PersonBarred.class);
    }
}
