package org.thirdspace.application.space;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.RosterSyncTrigger;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

/** The console's spaces across an organisation: what an administrator sees, and archiving or restoring. */
class OrganisationSpacesTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Space elsewhere = community.add(aSpace().inOrganisation(OTHER_ORG));
    final Actor facilitator = community.join(space, aMember().facilitator());
    final Actor ada = community.join(space, aMember());
    final Administrator orgAdmin = Administrator.ofOrganisation(ORG, UUID.randomUUID());
    final Administrator otherAdmin = Administrator.ofOrganisation(OTHER_ORG, UUID.randomUUID());

    @Test
    void anAdministratorSeesEverySpaceOfTheirOrganisationWithItsCoursesSyncAndFacilitators() {
        CourseContext course = new CourseContext(ORG, "d1", "ctx-1", "LEAD-101", "Leading teams", NOW);
        community.courses.add(course);
        community.spaces.linkCourse(space.id(), course.id(), facilitator.personId(), NOW);
        RosterSync sync = new RosterSync(ORG, course.id(), RosterSyncTrigger.SCHEDULE, "schedule", "node", null, NOW);
        sync.fail("the LMS refused the roster request (HTTP 403)", NOW);
        community.rosters.add(sync);

        List<ListOrganisationSpaces.Item> items = community.listOrganisationSpaces().list(orgAdmin, ORG, NOW);

        assertThat(items).extracting(ListOrganisationSpaces.Item::id).containsExactly(space.id());
        ListOrganisationSpaces.Item item = items.get(0);
        assertThat(item.memberCount()).isEqualTo(2);
        assertThat(item.archived()).isFalse();
        assertThat(item.facilitators()).extracting(ListOrganisationSpaces.Named::id).containsExactly(facilitator.personId());
        assertThat(item.courses()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(course.id());
            assertThat(c.syncState()).isEqualTo("failed");
            assertThat(c.syncError()).contains("HTTP 403");
        });
    }

    @Test
    void theOperatorSeesAnyOrganisationAndAnotherOrganisationsAdminSeesNothingOfIt() {
        assertThat(community.listOrganisationSpaces().list(Administrator.operator(), OTHER_ORG, NOW))
                .extracting(ListOrganisationSpaces.Item::id).containsExactly(elsewhere.id());
        assertThatThrownBy(() -> community.listOrganisationSpaces().list(otherAdmin, ORG, NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.listOrganisationSpaces().list(Administrator.operator(), null, NOW))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void anAdministratorArchivesAndRestoresASpaceAndEachChangeIsAuditedOnce() {
        community.archiveSpace().archive(orgAdmin, ORG, space.id(), true, NOW);
        community.archiveSpace().archive(orgAdmin, ORG, space.id(), true, NOW);
        assertThat(space.isArchived()).isTrue();
        community.archiveSpace().archive(Administrator.operator(), ORG, space.id(), false, NOW);
        assertThat(space.isArchived()).isFalse();
        assertThat(community.adminAudit.all()).extracting(e -> e.action() + " " + e.actor())
                .containsExactly("space.archive " + orgAdmin.actor(), "space.restore bootstrap-admin");
    }

    @Test
    void refusalsChangeNothingAndWriteNoAuditEntry() {
        assertThatThrownBy(() -> community.archiveSpace().archive(otherAdmin, ORG, space.id(), true, NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.archiveSpace().archive(orgAdmin, ORG, elsewhere.id(), true, NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.archiveSpace().archive(orgAdmin, OTHER_ORG, elsewhere.id(), true, NOW))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.archiveSpace().archive(orgAdmin, ORG, space.id(), null, NOW)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> community.archiveSpace().archive(orgAdmin, ORG, UUID.randomUUID(), true, NOW)).isInstanceOf(NotFound.class);
        assertThat(space.isArchived()).isFalse();
        assertThat(elsewhere.isArchived()).isFalse();
        assertThat(community.adminAudit.all()).isEmpty();
    }
}
