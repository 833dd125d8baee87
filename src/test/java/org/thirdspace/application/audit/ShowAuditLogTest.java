package org.thirdspace.application.audit;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

/** The console's audit log: admin, registration and moderation actions in one list, filtered, per organisation. */
class ShowAuditLogTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor grace = community.join(space, aMember().named("Grace Hopper").moderator());
    final Actor admin = community.person(aMember().named("Ida Admin"));
    final Administrator orgAdmin = Administrator.ofOrganisation(ORG, admin.personId());

    ShowAuditLogTest() {
        community.adminAudit.add(new AdminAuditEntry(ORG, "bootstrap-admin", "registration.create", "https://lms.test c1", null,
                NOW.minusSeconds(3 * 86400)));
        community.adminAudit.add(new AdminAuditEntry(ORG, orgAdmin.actor(), "deployment.active", "d1", null, NOW.minusSeconds(2 * 86400)));
        community.adminAudit.add(new AdminAuditEntry(ORG, orgAdmin.actor(), "space.archive", space.id().toString(), "Circle",
                NOW.minusSeconds(86400)));
        community.adminAudit.add(new AdminAuditEntry(OTHER_ORG, "bootstrap-admin", "registration.create", "https://other.test c2", null,
                NOW.minusSeconds(60)));
        community.moderationLog.add(new ModerationAuditEntry(ORG, space.id(), grace.personId(), ModeratorAction.HIDE_POST,
                UUID.randomUUID(), "spam", NOW.minusSeconds(3600)));
    }

    List<ShowAuditLog.Item> list(Administrator who, UUID organisation, String by, String what, Instant from, Instant to) {
        return community.showAuditLog().list(who, new ShowAuditLog.Query(organisation, by, what, from, to, 100));
    }

    @Test
    void anOrganisationAdministratorSeesAdminRegistrationAndModerationActionsOfTheirOrganisationNewestFirst() {
        assertThat(list(orgAdmin, null, null, null, null, null)).extracting(i -> i.kind() + " " + i.action() + " " + i.actor())
                .containsExactly("moderation moderation.hide_post Grace Hopper", "admin space.archive Ida Admin",
                        "registration deployment.active Ida Admin", "registration registration.create bootstrap-admin");
    }

    @Test
    void whoWhatAndWhenFilter() {
        assertThat(list(orgAdmin, ORG, "grace", null, null, null)).extracting(ShowAuditLog.Item::action).containsExactly("moderation.hide_post");
        assertThat(list(orgAdmin, ORG, null, "registration", null, null)).extracting(ShowAuditLog.Item::action)
                .containsExactly("deployment.active", "registration.create");
        assertThat(list(orgAdmin, ORG, null, "moderation", null, null)).hasSize(1);
        assertThat(list(orgAdmin, ORG, null, null, NOW.minusSeconds(2 * 86400), NOW.minusSeconds(7200)))
                .extracting(ShowAuditLog.Item::action).containsExactly("space.archive", "deployment.active");
    }

    @Test
    void theOperatorSeesAnyOrganisationOrAllAndAnotherOrganisationIsNotFoundForAnAdmin() {
        assertThat(list(Administrator.operator(), OTHER_ORG, null, null, null, null)).extracting(ShowAuditLog.Item::target)
                .containsExactly("https://other.test c2");
        assertThat(list(Administrator.operator(), null, null, null, null, null)).hasSize(5);
        assertThatThrownBy(() -> list(orgAdmin, OTHER_ORG, null, null, null, null)).isInstanceOf(NotFound.class);
    }

    @Test
    void badFiltersAreRefusedWithTheirField() {
        assertThatThrownBy(() -> list(orgAdmin, ORG, null, "everything", null, null))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("what"));
        assertThatThrownBy(() -> list(orgAdmin, ORG, null, null, NOW, NOW.minusSeconds(1)))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> list(orgAdmin, ORG, "x".repeat(201), null, null, null))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("who"));
        assertThatThrownBy(() -> community.showAuditLog().list(orgAdmin, new ShowAuditLog.Query(ORG, null, null, null, null, 0)))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }
}
