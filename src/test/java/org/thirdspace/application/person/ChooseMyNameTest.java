package org.thirdspace.application.person;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.fixture.InMemoryPeople;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;

class ChooseMyNameTest {

    final InMemoryPeople people = new InMemoryPeople();
    final ChooseMyName chooseMyName = new ChooseMyName(people);

    Actor someone(PersonProfile profile) {
        Person person = new Person(ORG, "sub-" + UUID.randomUUID(), profile, NOW);
        people.add(person);
        return new Actor(ORG, person.id(), null, null, null);
    }

    @Test
    void aPersonWithoutAnLmsNameChoosesTheNameOthersSee() {
        Actor sam = someone(PersonProfile.EMPTY);
        chooseMyName.choose(sam, new ChooseMyName.Request("Sam from Lyon"), NOW);
        assertThat(people.find(ORG, sam.personId()).orElseThrow().nameToShow()).isEqualTo("Sam from Lyon");
    }

    @Test
    void refusedWhenTheLmsSharesANameOrTheNameIsTooLongAndNothingChanges() {
        Actor grace = someone(new PersonProfile("Grace Mbeki", null, null, null, null, null));
        assertThatThrownBy(() -> chooseMyName.choose(grace, new ChooseMyName.Request("The Director"), NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("your LMS shares your name");
        assertThat(people.find(ORG, grace.personId()).orElseThrow().nameToShow()).isEqualTo("Grace Mbeki");

        Actor sam = someone(PersonProfile.EMPTY);
        String shown = people.find(ORG, sam.personId()).orElseThrow().nameToShow();
        assertThatThrownBy(() -> chooseMyName.choose(sam, new ChooseMyName.Request("x".repeat(81)), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("longer than 80");
        assertThat(people.find(ORG, sam.personId()).orElseThrow().nameToShow()).isEqualTo(shown);
    }
}
