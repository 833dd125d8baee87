package org.thirdspace.application.courselink;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.CreateSpace;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceMember;
import org.thirdspace.community.space.SpaceRole;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class PlaceCommunityLinksTest {

    static final RoleSet DESIGNER = new RoleSet(EnumSet.of(CourseRole.INSTRUCTOR, CourseRole.CONTENT_DEVELOPER), false, false);

    final Community community = new Community();
    final UUID course = UUID.randomUUID();
    final Actor grace;

    {
        Actor person = community.person(aMember().named("Grace").launchedAs(DESIGNER));
        community.courses.add(new CourseMembership(course, person.personId(), DESIGNER, MembershipSource.LAUNCH, NOW));
        grace = new Actor(ORG, person.personId(), course, null, DESIGNER);
    }

    @Test
    void aDesignerStartsASpaceFromATemplateWithItsFirstStarterAndGetsItsKey() {
        List<PlaceCommunityLinks.Placed> placed = community.placeCommunityLinks().place(grace, List.of(new PlaceCommunityLinks.Choice(
                null, new CreateSpace.Request("After the course", null, null, "PEER_GROUP_PROGRAMME", null),
                new PlaceCommunityLinks.Starter("What will you try first?", "Tell us."), null, null)), NOW);
        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.linkTitle()).isEqualTo("After the course");
            assertThat(community.communityLinkKeys().matches(ORG, p.spaceId(), p.key())).isTrue();
            assertThat(community.spaces.linkedCourses(p.spaceId())).containsExactly(course);
        });
        assertThat(community.threads.all()).singleElement().satisfies(t -> assertThat(t.isSeeded()).isTrue());
    }

    @Test
    void aDesignerLinksASpaceTheyFacilitateButNotAnArchivedOneOrOneTheyOnlyJoined() {
        Space theirs = community.add(aSpace());
        community.spaces.add(new SpaceMember(theirs.id(), grace.personId(),
                SpaceRole.FACILITATOR, NOW));
        community.placeCommunityLinks().place(grace, List.of(new PlaceCommunityLinks.Choice(theirs.id(), null, null, "Join us", null)), NOW);
        assertThat(community.spaces.linkedCourses(theirs.id())).containsExactly(course);
        Space joined = community.add(aSpace());
        community.join(joined, aMember());
        assertThatThrownBy(() -> community.placeCommunityLinks().place(grace,
                List.of(new PlaceCommunityLinks.Choice(joined.id(), null, null, null, null)), NOW)).isInstanceOf(AccessDenied.class);
        assertThat(community.spaces.linkedCourses(joined.id())).isEmpty();
    }

    @Test
    void aLearnerPlacesNothingAndAnItemNamesASpaceOrDescribesOne() {
        Actor learner = new Actor(ORG, UUID.randomUUID(), course, null, new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false));
        assertThatThrownBy(() -> community.placeCommunityLinks().place(learner, List.of(), NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.placeCommunityLinks().place(grace,
                List.of(new PlaceCommunityLinks.Choice(null, null, null, null, null)), NOW)).isInstanceOf(InvalidRequest.class);
    }
}
