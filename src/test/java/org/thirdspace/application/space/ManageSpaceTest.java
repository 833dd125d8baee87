package org.thirdspace.application.space;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceRole;
import org.thirdspace.fixture.Community;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class ManageSpaceTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor facilitator = community.join(space, aMember().facilitator());
    final Actor ada = community.join(space, aMember());

    @Test
    void aFacilitatorRenamesAndArchivesTheSpace() {
        community.manageSpace().describe(facilitator, space.id(),
                new ManageSpace.Description("Practice circle", "Share what works", null, true, null), NOW);
        assertThat(space.title()).isEqualTo("Practice circle");
        assertThat(space.isArchived()).isTrue();
    }

    @Test
    void aMemberDoesNotManageAndAnotherOrganisationsSpaceIsNotFound() {
        assertThatThrownBy(() -> community.manageSpace().describe(ada, space.id(),
                new ManageSpace.Description("Mine", null, null, true, null), NOW)).isInstanceOf(AccessDenied.class);
        assertThat(space.isArchived()).isFalse();
        Space elsewhere = community.add(aSpace().inOrganisation(OTHER_ORG));
        assertThatThrownBy(() -> community.manageSpace().describe(facilitator, elsewhere.id(),
                new ManageSpace.Description("Mine", null, null, null, null), NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void aFacilitatorGivesRolesAndUnknownRolesOrPeopleAreRefused() {
        community.manageSpace().giveRole(facilitator, space.id(), ada.personId(), "MODERATOR", NOW);
        assertThat(community.spaces.member(space.id(), ada.personId())).get()
                .satisfies(m -> assertThat(m.role()).isEqualTo(SpaceRole.MODERATOR));
        assertThatThrownBy(() -> community.manageSpace().giveRole(facilitator, space.id(), ada.personId(), "KING", NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> community.manageSpace().giveRole(facilitator, space.id(), UUID.randomUUID(), "MEMBER", NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aPeerGroupHasOnlyMembersOfTheSpace() {
        PeerGroup group = community.manageSpace().formGroup(facilitator, space.id(), "Table 1", List.of(ada.personId()), NOW);
        assertThat(community.peerGroups.members(group.id())).containsExactly(ada.personId());
        Actor outsider = community.person(aMember());
        assertThatThrownBy(() -> community.manageSpace().formGroup(facilitator, space.id(), "Table 2",
                List.of(outsider.personId()), NOW)).isInstanceOf(InvalidRequest.class);
    }
}
