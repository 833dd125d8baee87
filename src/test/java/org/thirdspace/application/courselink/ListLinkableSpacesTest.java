package org.thirdspace.application.courselink;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceMember;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class ListLinkableSpacesTest {

    final Community community = new Community();
    final Space facilitated = community.add(aSpace().titled("Leaders"));
    final Space joined = community.add(aSpace().titled("Leaders too"));

    @Test
    void aDesignerFindsTheSpacesTheyFacilitateAndSeesWhichAreLinkedHere() {
        RoleSet designer = new RoleSet(EnumSet.of(CourseRole.CONTENT_DEVELOPER), false, false);
        Actor grace = community.join(facilitated, aMember().facilitator().launchedAs(designer));
        community.spaces.add(new SpaceMember(joined.id(), grace.personId(), null, NOW));
        UUID course = UUID.randomUUID();
        community.spaces.linkCourse(facilitated.id(), course, grace.personId(), NOW);
        Actor inCourse = new Actor(grace.organisationId(), grace.personId(), course, null, designer);
        assertThat(community.listLinkableSpaces().search(inCourse, "Leaders")).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(facilitated.id());
            assertThat(s.linkedHere()).isTrue();
        });
    }

    @Test
    void aLearnerPlacesNoLinks() {
        Actor ada = community.join(facilitated, aMember());
        assertThatThrownBy(() -> community.listLinkableSpaces().search(ada, null)).isInstanceOf(AccessDenied.class);
    }
}
