package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.Field;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An administrator looks people of their organisation up by name, e-mail or id (for their data rights). */
@ApplicationScoped
public class FindPeople {

    static final int LIMIT = 50;
    static final int MAX_TEXT = 200;

    private People people;

    protected FindPeople() {
    }

    @Inject
    public FindPeople(People people) {
        this.people = people;
    }

    public record Found(UUID id, String name, String email, String status, Instant lastLaunchAt) {
    }

    @Transactional
    public List<Found> find(Administrator by, UUID organisationId, String text) {
        by.requireOrganisation(organisationId);
        String wanted = Field.required("q", text, MAX_TEXT);
        return people.search(organisationId, wanted, LIMIT).stream()
                .map(p -> new Found(p.id(), p.nameToShow(), p.profile().email(), p.status().name(), p.lastLaunchAt()))
                .toList();
    }
}
