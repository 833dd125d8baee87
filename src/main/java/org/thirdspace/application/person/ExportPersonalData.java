package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonCard;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.community.person.PersonalRecords;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's data, exported for themselves (from their own card) or by an administrator of their
 * organisation (a request that reached the organisation another way); the administrator's export is
 * in the audit log, since it hands one person's data to another.
 */
@ApplicationScoped
public class ExportPersonalData {

    private People people;
    private PersonalRecords records;
    private AdminAuditLog audit;

    protected ExportPersonalData() {
    }

    @Inject
    public ExportPersonalData(People people, PersonalRecords records, AdminAuditLog audit) {
        this.people = people;
        this.records = records;
        this.audit = audit;
    }

    @Transactional
    public PersonalDataArchive mine(Actor actor, Instant now) {
        return archive(actor.organisationId(), actor.personId(), now);
    }

    @Transactional
    public PersonalDataArchive ofPerson(Administrator by, UUID organisationId, UUID personId, Instant now) {
        by.requireOrganisation(organisationId);
        PersonalDataArchive archive = archive(organisationId, personId, now);
        audit.record(by, organisationId, "person.export", personId.toString(), null);
        return archive;
    }

    private PersonalDataArchive archive(UUID organisationId, UUID personId, Instant now) {
        Person person = people.find(organisationId, personId).orElseThrow(() -> new NotFound("no such person"));
        PersonProfile profile = person.profile();
        PersonCard card = people.card(personId).orElse(null);
        PersonalDataArchive.Profile who = new PersonalDataArchive.Profile(person.id(), person.organisationId(),
                person.isErased() ? null : person.subject(), person.sourcedId(), person.legacyUserId(), person.nameToShow(), profile.givenName(), profile.familyName(),
                profile.email(), profile.pictureUrl(), profile.locale(), person.chosenName(), person.status().name(),
                person.createdAt(), person.lastLaunchAt(),
                card == null ? null : card.headline(), card == null ? null : card.about());
        return new PersonalDataArchive(who, records.history(personId), now);
    }
}
