package org.thirdspace.application.person;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.person.PersonalHistory.PostEntry;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataArchiveTest {

    @Test
    void aPostBecomesMarkdownWithAFrontMatterThatSurvivesAnyTitle() {
        Instant written = Instant.parse("2026-02-01T10:00:00Z");
        PostEntry post = new PostEntry(UUID.randomUUID(), UUID.randomUUID(), "Shifts: \"nights\"\nand weekends", UUID.randomUUID(),
                "Ops \\ Support", true, "Use the **rota**.", written, written.plusSeconds(60), true);
        assertThat(PersonalDataArchive.markdown(post)).isEqualTo("""
                ---
                thread: "Shifts: \\"nights\\"\\nand weekends"
                space: "Ops \\\\ Support"
                written: 2026-02-01T10:00:00Z
                edited: 2026-02-01T10:01:00Z
                deleted: true
                ---

                Use the **rota**.
                """);
    }

    @Test
    void theRetentionCheckRunsOftenEnoughForShortPeriodsAndHourlyForLongOnes() {
        assertThat(ApplyRetention.tickSeconds(Duration.ofSeconds(20))).isEqualTo(5);
        assertThat(ApplyRetention.tickSeconds(Duration.ofSeconds(2))).isEqualTo(1);
        assertThat(ApplyRetention.tickSeconds(Period.ofMonths(24))).isEqualTo(3600);
    }
}
