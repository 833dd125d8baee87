package org.thirdspace.application.organisation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidFields;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditEntry;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.moderation.Conduct;
import org.thirdspace.community.organisation.DefaultsForm;
import org.thirdspace.community.organisation.SpaceCreation;
import org.thirdspace.config.Setting;
import org.thirdspace.fixture.Community;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.OTHER_ORG;

class ChangeOrganisationDefaultsTest {

    final Community community = new Community().set(Setting.REPORT_THRESHOLD, "3").set(Setting.DIGEST_DEFAULT, "weekly");
    final UUID adminPerson = UUID.randomUUID();
    final Administrator admin = Administrator.ofOrganisation(ORG, adminPerson);

    @Test
    void withoutSavedDefaultsTheToolsSettingsApply() {
        DefaultsView view = community.showOrganisationDefaults().show(admin, ORG);
        assertThat(view.chosen()).isFalse();
        assertThat(view.reportThreshold()).isEqualTo(3);
        assertThat(view.digestDefault()).isEqualTo("weekly");
        assertThat(view.spaceCreation()).isEqualTo("INSTRUCTORS_AND_ADMINS");
        assertThat(view.conductBuiltIn()).isTrue();
        assertThat(view.conductVersion()).isZero();
    }

    @Test
    void anAdministratorSavesTheDefaultsTheyApplyAndTheAuditSaysWhatChanged() {
        DefaultsView view = community.changeOrganisationDefaults().change(admin, ORG,
                new DefaultsForm("Be kind, be curious.", "5", "daily", "ADMINS_ONLY"), NOW);
        assertThat(view.reportThreshold()).isEqualTo(5);
        assertThat(view.digestDefault()).isEqualTo("daily");
        assertThat(view.spaceCreation()).isEqualTo("ADMINS_ONLY");
        assertThat(view.conduct()).isEqualTo("Be kind, be curious.");
        assertThat(view.conductVersion()).isEqualTo(1);
        assertThat(view.updatedBy()).isEqualTo("person:" + adminPerson);

        DefaultsInForce.InForce inForce = community.defaultsInForce().of(ORG);
        assertThat(inForce.reportThreshold()).isEqualTo(5);
        assertThat(inForce.digestDefault()).isEqualTo(DigestFrequency.DAILY);
        assertThat(inForce.spaceCreation()).isEqualTo(SpaceCreation.ADMINS_ONLY);
        Conduct everySpace = community.currentConduct().of(ORG, UUID.randomUUID());
        assertThat(everySpace.body()).as("a space without its own code shows the organisation's").isEqualTo("Be kind, be curious.");

        assertThat(community.adminAudit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("organisation.defaults");
            assertThat(entry.actor()).isEqualTo("person:" + adminPerson);
            assertThat(entry.organisationId()).isEqualTo(ORG);
            assertThat(entry.detail()).contains("report threshold 3 → 5", "digest default weekly → daily",
                    "space creation INSTRUCTORS_AND_ADMINS → ADMINS_ONLY", "code of conduct version 0 → 1");
        });
    }

    @Test
    void savingWhatIsInForceChangesNothingAndRecordsNothing() {
        DefaultsForm form = new DefaultsForm("Be kind.", "4", "off", "INSTRUCTORS_AND_ADMINS");
        community.changeOrganisationDefaults().change(admin, ORG, form, NOW);
        DefaultsView again = community.changeOrganisationDefaults().change(admin, ORG, form, NOW.plusSeconds(60));
        assertThat(again.conductVersion()).as("the same code is no new version").isEqualTo(1);
        assertThat(again.updatedAt()).isEqualTo(NOW);
        assertThat(community.adminAudit.all()).hasSize(1);
    }

    @Test
    void theOperatorChangesAnyOrganisationsDefaultsAndCodeOfConduct() {
        DefaultsView view = community.changeOrganisationDefaults().change(Administrator.operator(), ORG,
                new DefaultsForm("Written by the operator.", "7", "weekly", "INSTRUCTORS_AND_ADMINS"), NOW);
        assertThat(view.reportThreshold()).isEqualTo(7);
        assertThat(view.conduct()).isEqualTo("Written by the operator.");
        assertThat(community.adminAudit.all()).extracting(AdminAuditEntry::actor).containsExactly("bootstrap-admin");
    }

    @Test
    void anotherOrganisationsAdministratorFindsNothingAndChangesNothing() {
        Administrator other = Administrator.ofOrganisation(OTHER_ORG, UUID.randomUUID());
        assertThatThrownBy(() -> community.showOrganisationDefaults().show(other, ORG)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.changeOrganisationDefaults().change(other, ORG,
                new DefaultsForm("Mine now.", "9", "off", "ADMINS_ONLY"), NOW)).isInstanceOf(NotFound.class);
        assertNothingWritten();
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        assertThatThrownBy(() -> community.showOrganisationDefaults().show(Administrator.operator(), UUID.randomUUID()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.changeOrganisationDefaults().change(Administrator.operator(), UUID.randomUUID(),
                new DefaultsForm(null, "9", "off", "ADMINS_ONLY"), NOW)).isInstanceOf(NotFound.class);
        assertThat(community.adminAudit.all()).isEmpty();
    }

    @Test
    void invalidValuesAreRefusedFieldByFieldAndNothingIsWritten() {
        assertThatThrownBy(() -> community.changeOrganisationDefaults().change(admin, ORG,
                new DefaultsForm("", "0", "monthly", "EVERYONE"), NOW))
                .isInstanceOfSatisfying(InvalidFields.class, e -> {
                    assertThat(e.field()).isEqualTo("conduct");
                    assertThat(e.errors()).extracting(InvalidFields.Error::field)
                            .containsExactly("conduct", "reportThreshold", "digestDefault", "spaceCreation");
                    assertThat(e.errors()).extracting(InvalidFields.Error::detail).allSatisfy(d -> assertThat(d).isNotBlank());
                });
        // One bad field among good ones: the good ones are not saved either.
        assertThatThrownBy(() -> community.changeOrganisationDefaults().change(admin, ORG,
                new DefaultsForm("A fine code.", "51", "daily", "ADMINS_ONLY"), NOW))
                .isInstanceOfSatisfying(InvalidFields.class, e -> assertThat(e.field()).isEqualTo("reportThreshold"));
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(community.organisationDefaults.find(ORG)).isEmpty();
        assertThat(community.conducts.latest(ORG)).isEmpty();
        assertThat(community.adminAudit.all()).isEmpty();
        assertThat(community.defaultsInForce().of(ORG).chosen()).isFalse();
    }
}
