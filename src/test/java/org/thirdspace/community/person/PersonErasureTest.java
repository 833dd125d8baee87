package org.thirdspace.community.person;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonErasureTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void erasureLeavesNothingThatIdentifiesThePersonAndIsIdempotent() {
        Person ada = new Person(UUID.randomUUID(), "lms-sub-zebra",
                new PersonProfile("Ada Osei", "Ada", "Osei", "ada@example.test", "https://lms.test/ada.png", "fr-FR"), NOW);
        ada.recordLmsIdentifiers("SIS-42", "lti11-42", NOW);
        ada.recordLaunch(NOW);

        assertThat(ada.erase(NOW.plusSeconds(60))).isTrue();
        assertThat(ada.nameToShow()).isEqualTo(Person.FORMER_MEMBER);
        assertThat(ada.profile()).isEqualTo(new PersonProfile(null, null, null, null, null, null));
        assertThat(ada.subject()).isEqualTo("erased:" + ada.id()).doesNotContain("zebra");
        assertThat(ada.sourcedId()).isNull();
        assertThat(ada.legacyUserId()).isNull();
        assertThat(ada.chosenName()).isNull();
        assertThat(ada.lastLaunchAt()).isNull();
        assertThat(ada.mayUseTheTool()).isFalse();
        assertThat(ada.mayChooseName()).as("no name to choose for a former member").isFalse();

        assertThat(ada.erase(NOW.plusSeconds(120))).as("a second erasure changes nothing").isFalse();
        assertThat(ada.status()).isEqualTo(PersonStatus.ERASED);
    }

    @Test
    void aChosenNameGoesToo() {
        Person sam = new Person(UUID.randomUUID(), "sub", PersonProfile.EMPTY, NOW);
        sam.chooseName("Sam from Lyon", NOW);
        sam.erase(NOW);
        assertThat(sam.nameToShow()).isEqualTo(Person.FORMER_MEMBER);
    }

    @Test
    void dormancyCountsFromTheLastLaunchOrElseFromArrival() {
        Person listed = new Person(UUID.randomUUID(), "never-launched", PersonProfile.EMPTY, NOW);
        assertThat(listed.lastActiveAt()).isEqualTo(NOW);
        listed.recordLaunch(NOW.plusSeconds(3600));
        assertThat(listed.lastActiveAt()).isEqualTo(NOW.plusSeconds(3600));
    }
}
