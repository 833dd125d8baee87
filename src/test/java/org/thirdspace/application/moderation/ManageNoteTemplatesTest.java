package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class ManageNoteTemplatesTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor facilitator = community.join(space, aMember().facilitator());
    final Actor moderator = community.join(space, aMember().moderator());
    final Actor admin = community.person(aMember().launchedAs(new RoleSet(EnumSet.noneOf(CourseRole.class), true, false)));

    @Test
    void theOrganisationsTemplatesComeBeforeTheSpacesOwnAndModeratorsSeeBoth() {
        community.manageNoteTemplates().addToSpace(facilitator, space.id(), new ManageNoteTemplates.Request("Be specific", "..."), NOW);
        community.manageNoteTemplates().addToOrganisation(admin, new ManageNoteTemplates.Request("Personal data", "..."), NOW);
        assertThat(community.manageNoteTemplates().forSpace(moderator, space.id()))
                .extracting(ManageNoteTemplates.TemplateView::scope).containsExactly("ORGANISATION", "SPACE");
    }

    @Test
    void onlyFacilitatorsKeepASpacesTemplatesAndOnlyAdminsTheOrganisations() {
        assertThatThrownBy(() -> community.manageNoteTemplates().addToSpace(moderator, space.id(),
                new ManageNoteTemplates.Request("T", "B"), NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.manageNoteTemplates().addToOrganisation(facilitator,
                new ManageNoteTemplates.Request("T", "B"), NOW)).isInstanceOf(AccessDenied.class);
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.manageNoteTemplates().forSpace(ada, space.id())).isInstanceOf(AccessDenied.class);
        assertThat(community.noteTemplates.noteTemplates(space.organisationId(), space.id())).isEmpty();
    }

    @Test
    void aTemplateIsRemovedByWhoKeepsItAndNeedsATitle() {
        ManageNoteTemplates.TemplateView added = community.manageNoteTemplates().addToSpace(facilitator, space.id(),
                new ManageNoteTemplates.Request("Be specific", "..."), NOW);
        assertThatThrownBy(() -> community.manageNoteTemplates().remove(moderator, added.id(), NOW)).isInstanceOf(AccessDenied.class);
        community.manageNoteTemplates().remove(facilitator, added.id(), NOW);
        assertThat(community.noteTemplates.noteTemplates(space.organisationId(), space.id())).isEmpty();
        assertThatThrownBy(() -> community.manageNoteTemplates().remove(facilitator, UUID.randomUUID(), NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.manageNoteTemplates().addToSpace(facilitator, space.id(),
                new ManageNoteTemplates.Request(" ", "B"), NOW)).isInstanceOf(InvalidRequest.class);
    }
}
