package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.Field;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;

/**
 * A person whose LMS shares no name chooses the name others see (blank: back to their pseudonym).
 * Refused while the LMS shares a name: that one is shown, so nobody passes for someone else.
 */
@ApplicationScoped
public class ChooseMyName {

    /** The column's size. */
    public static final int MAX_NAME = 80;

    private People people;

    protected ChooseMyName() {
    }

    @Inject
    public ChooseMyName(People people) {
        this.people = people;
    }

    public record Request(String name) {
    }

    @Transactional
    public void choose(Actor actor, Request request, Instant now) {
        String name = Field.optional("name", request == null ? null : request.name(), MAX_NAME);
        Person person = people.find(actor.organisationId(), actor.personId()).orElseThrow(() -> new NotFound("no such person"));
        if (!person.mayChooseName()) {
            throw new Conflict("your LMS shares your name, and that is the name others see");
        }
        person.chooseName(name, now);
    }
}
