package org.thirdspace.application.space;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

/** ListMySpaces and ShowSpace: the spaces a person is in, directly or through a linked course. */
class SpacesOfAPersonTest {

    final Community community = new Community();
    final Space practice = community.add(aSpace().titled("Practice"));
    final Space cohort = community.add(aSpace().titled("Cohort"));

    @Test
    void aPersonSeesTheSpacesTheyJoinedAndThoseOfTheirCourses() {
        Actor ada = community.join(practice, aMember());
        UUID course = UUID.randomUUID();
        community.spaces.linkCourse(cohort.id(), course, ada.personId(), NOW);
        community.courses.add(new CourseMembership(course, ada.personId(), new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false),
                MembershipSource.LAUNCH, NOW));
        community.add(aSpace().titled("Elsewhere"));
        assertThat(community.listMySpaces().list(ada, NOW)).extracting(ListMySpaces.Item::title).containsExactlyInAnyOrder("Practice", "Cohort");
    }

    @Test
    void aMemberSeesTheSpaceWithWhatTheyMayDoThereAndTheirPeerGroups() {
        Actor ada = community.join(practice, aMember());
        PeerGroup mine = new PeerGroup(practice.id(), "Table 1", NOW);
        community.peerGroups.add(mine);
        community.peerGroups.add(new PeerGroup(practice.id(), "Table 2", NOW));
        community.peerGroups.addMember(mine.id(), ada.personId(), NOW);
        SpaceView view = community.showSpace().show(ada, practice.id(), NOW);
        assertThat(view.myRole()).isEqualTo("MEMBER");
        assertThat(view.mayPost()).isTrue();
        assertThat(view.mayModerate()).isFalse();
        assertThat(view.memberCount()).isEqualTo(1);
        assertThat(view.myPeerGroups()).extracting(SpaceView.Group::name).containsExactly("Table 1");
        assertThat(community.spaces.member(practice.id(), ada.personId()).orElseThrow().lastSeenAt()).isEqualTo(NOW);
    }

    @Test
    void anArchivedSpaceShowsButTakesNoPosts() {
        Space archived = community.add(aSpace().archived());
        Actor ada = community.join(archived, aMember());
        SpaceView view = community.showSpace().show(ada, archived.id(), NOW);
        assertThat(view.archived()).isTrue();
        assertThat(view.mayPost()).isFalse();
    }

    @Test
    void aNonMemberIsDeniedAndAnotherOrganisationsSpaceIsNotFound() {
        Actor outsider = community.person(aMember());
        assertThatThrownBy(() -> community.showSpace().show(outsider, practice.id(), NOW)).isInstanceOf(AccessDenied.class);
        Actor stranger = community.person(aMember().inOrganisation(OTHER_ORG));
        assertThatThrownBy(() -> community.showSpace().show(stranger, practice.id(), NOW)).isInstanceOf(NotFound.class);
    }
}
