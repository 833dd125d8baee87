package org.thirdspace.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.community.organisation.Organisations;
import org.thirdspace.community.person.People;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin ends every session of a person (a lost laptop, someone who left) or of the whole
 * organisation (a leaked token, an incident): each must launch again from the LMS. The operator
 * may do it for any organisation, an organisation's admin for their own; both are audited.
 */
@ApplicationScoped
public class EndSessions {

    private SessionEnd sessions;
    private People people;
    private Organisations organisations;
    private AdminAuditLog audit;

    protected EndSessions() {
    }

    @Inject
    public EndSessions(SessionEnd sessions, People people, Organisations organisations, AdminAuditLog audit) {
        this.sessions = sessions;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    public void ofPerson(Administrator by, UUID organisationId, UUID personId, Instant now) {
        by.requireOrganisation(organisationId);
        people.find(organisationId, personId).orElseThrow(() -> new NotFound("no such person"));
        sessions.endSessionsOfPerson(personId, now);
        audit.record(by, organisationId, "sessions.end-person", personId.toString(), null);
    }

    @Transactional
    public void ofOrganisation(Administrator by, UUID organisationId, Instant now) {
        by.requireOrganisation(organisationId);
        organisations.find(organisationId).orElseThrow(() -> new NotFound("no such registration"));
        sessions.endSessionsOfOrganisation(organisationId, now);
        audit.record(by, organisationId, "sessions.end-organisation", organisationId.toString(), null);
    }
}
