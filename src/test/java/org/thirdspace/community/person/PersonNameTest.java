package org.thirdspace.community.person;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonNameTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final UUID ORG = UUID.randomUUID();

    private static Person person(PersonProfile profile) {
        return new Person(ORG, "sub-" + UUID.randomUUID(), profile, NOW);
    }

    @Test
    void withoutANameFromTheLmsPeopleAreToldApartByAStablePseudonym() {
        Person one = person(PersonProfile.EMPTY);
        Person other = person(PersonProfile.EMPTY);
        assertThat(one.nameToShow()).matches("Member [0-9A-HJKMNP-TV-Z]{4}").isEqualTo(one.nameToShow());
        assertThat(one.nameToShow()).isNotEqualTo(other.nameToShow());
        assertThat(Pseudonym.of(one.id())).isEqualTo(one.nameToShow());
    }

    @Test
    void aChosenNameIsShownOnlyWhileTheLmsSharesNone() {
        Person quiet = person(PersonProfile.EMPTY);
        assertThat(quiet.mayChooseName()).isTrue();
        quiet.chooseName("  Sam\u202E from Lyon ", NOW);
        assertThat(quiet.nameToShow()).isEqualTo("Sam from Lyon");
        quiet.chooseName(" ", NOW);
        assertThat(quiet.nameToShow()).as("blank: the pseudonym again").isEqualTo(Pseudonym.of(quiet.id()));

        quiet.chooseName("Sam", NOW);
        quiet.updateProfile(new PersonProfile("Samira Haddad", null, null, null, null, null), NOW);
        assertThat(quiet.nameToShow()).as("the LMS's name wins once it shares one").isEqualTo("Samira Haddad");

        Person named = person(new PersonProfile(null, "Grace", "Mbeki", null, null, null));
        assertThat(named.mayChooseName()).isFalse();
        assertThatThrownBy(() -> named.chooseName("The Director", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(named.nameToShow()).isEqualTo("Grace Mbeki");
    }
}
