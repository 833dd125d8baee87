package org.thirdspace.community.organisation;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.moderation.ConductVersion;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultsFormTest {

    private static List<String> fieldsAtFault(DefaultsForm form) {
        return form.problems().stream().map(DefaultsForm.FieldProblem::field).toList();
    }

    @Test
    void validValuesMakeAChoice() {
        DefaultsForm form = new DefaultsForm(null, "5", "daily", "ADMINS_ONLY");
        assertThat(form.problems()).isEmpty();
        assertThat(form.choice()).isEqualTo(new DefaultsChoice(5, DigestFrequency.DAILY, SpaceCreation.ADMINS_ONLY));
        assertThat(form.conductText()).as("absent: the code of conduct stays as it is").isNull();
    }

    @Test
    void theThresholdIsAWholeNumberFromOneToFifty() {
        assertThat(fieldsAtFault(new DefaultsForm(null, "1", "weekly", "INSTRUCTORS_AND_ADMINS"))).isEmpty();
        assertThat(fieldsAtFault(new DefaultsForm(null, "50", "weekly", "INSTRUCTORS_AND_ADMINS"))).isEmpty();
        for (String wrong : new String[] {"0", "51", "-3", "2.5", "three", "", " ", "1000000000000", null}) {
            DefaultsForm form = new DefaultsForm(null, wrong, "weekly", "INSTRUCTORS_AND_ADMINS");
            assertThat(fieldsAtFault(form)).as(wrong).containsExactly("reportThreshold");
            assertThat(form.problems().get(0).message()).isEqualTo("the report threshold is a whole number from 1 to 50");
        }
    }

    @Test
    void theDigestDefaultIsWeeklyDailyOrOff() {
        assertThat(new DefaultsForm(null, "3", "OFF", "ADMINS_ONLY").choice().digestDefault()).isEqualTo(DigestFrequency.OFF);
        for (String wrong : new String[] {"monthly", "", null, "weekly please"}) {
            DefaultsForm form = new DefaultsForm(null, "3", wrong, "ADMINS_ONLY");
            assertThat(fieldsAtFault(form)).as(wrong).containsExactly("digestDefault");
            assertThat(form.problems().get(0).message()).contains("weekly, daily or off");
        }
    }

    @Test
    void whoMayStartSpacesIsOneOfThePolicies() {
        assertThat(new DefaultsForm(null, "3", "weekly", "admins_only").choice().spaceCreation()).isEqualTo(SpaceCreation.ADMINS_ONLY);
        for (String wrong : new String[] {"EVERYONE", "", null}) {
            assertThat(fieldsAtFault(new DefaultsForm(null, "3", "weekly", wrong))).as(wrong).containsExactly("spaceCreation");
        }
    }

    @Test
    void theCodeOfConductIsNotEmptyAndNotTooLong() {
        assertThat(fieldsAtFault(new DefaultsForm("  ", "3", "weekly", "ADMINS_ONLY"))).containsExactly("conduct");
        DefaultsForm tooLong = new DefaultsForm("x".repeat(ConductVersion.MAX_BODY + 1), "3", "weekly", "ADMINS_ONLY");
        assertThat(fieldsAtFault(tooLong)).containsExactly("conduct");
        assertThat(tooLong.problems().get(0).message()).contains("longer than 20000 characters (20001)");
        assertThat(fieldsAtFault(new DefaultsForm("x".repeat(ConductVersion.MAX_BODY), "3", "weekly", "ADMINS_ONLY"))).isEmpty();
        assertThat(new DefaultsForm("  Be kind.\u202E ", "3", "weekly", "ADMINS_ONLY").conductText())
                .as("trimmed, without bidirectional controls").isEqualTo("Be kind.");
    }

    @Test
    void everyFieldAtFaultIsToldAtOnceAndNoChoiceIsMade() {
        DefaultsForm form = new DefaultsForm("", "99", "hourly", "ANYONE");
        assertThat(fieldsAtFault(form)).containsExactly("conduct", "reportThreshold", "digestDefault", "spaceCreation");
        assertThatThrownBy(form::choice).isInstanceOf(IllegalStateException.class);
    }
}
