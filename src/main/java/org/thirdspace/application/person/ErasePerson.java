package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.application.session.SessionEnd;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonalRecords;

import java.time.Instant;
import java.util.UUID;

/**
 * Erases a person (GDPR Art. 17): their identifiers and profile go, their private data goes
 * ({@link PersonalRecords#forget}), their sessions end; what they wrote stays readable in the
 * community's threads as "A former member", so the conversations others joined keep their sense.
 * One transaction: a crash midway leaves the person as they were, and the next attempt erases them.
 * Erasing an erased person changes nothing and is not an error.
 */
@ApplicationScoped
public class ErasePerson {

    private People people;
    private PersonalRecords records;
    private SessionEnd sessions;
    private AdminAuditLog audit;

    protected ErasePerson() {
    }

    @Inject
    public ErasePerson(People people, PersonalRecords records, SessionEnd sessions, AdminAuditLog audit) {
        this.people = people;
        this.records = records;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** @return whether the person was erased now (false: they already were) */
    @Transactional
    public boolean erase(Administrator by, UUID organisationId, UUID personId, String why, Instant now) {
        by.requireOrganisation(organisationId);
        Person person = people.find(organisationId, personId).orElseThrow(() -> new NotFound("no such person"));
        return erase(by, person, why, now);
    }

    /**
     * The retention setting's erasure: only if the person is still dormant when the transaction
     * reads them (they may have launched since they were picked).
     */
    @Transactional
    public boolean eraseDormant(Administrator by, UUID organisationId, UUID personId, Instant dormantBefore, Instant now) {
        Person person = people.find(organisationId, personId).orElse(null);
        if (person == null || !person.lastActiveAt().isBefore(dormantBefore)) {
            return false;
        }
        return erase(by, person, "no launch since before " + dormantBefore, now);
    }

    private boolean erase(Administrator by, Person person, String why, Instant now) {
        if (person.isErased()) {
            return false;
        }
        UUID personId = person.id();
        UUID organisationId = person.organisationId();
        records.forget(personId);
        sessions.endSessionsOfPerson(personId, now);
        person.erase(now);
        audit.record(by, organisationId, "person.erase", personId.toString(), why);
        return true;
    }
}
