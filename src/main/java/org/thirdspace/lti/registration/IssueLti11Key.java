package org.thirdspace.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.lti.platform.Lti11Consumer;
import org.thirdspace.lti.platform.Lti11Consumers;
import org.thirdspace.lti.platform.Lti11Secrets;
import org.thirdspace.lti.platform.Registrations;

import java.time.Instant;
import java.util.UUID;

/**
 * Issues an organisation's LTI 1.1 consumer key and secret, or rotates them (the old key stops
 * working at once, and a disabled key is enabled again). The organisation's admin or the operator
 * may. The secret is returned this once and stored sealed: nobody can read it back, only rotate it.
 */
@ApplicationScoped
public class IssueLti11Key {

    private Registrations registrations;
    private Lti11Consumers consumers;
    private Lti11Secrets secrets;
    private AdminAuditLog audit;

    protected IssueLti11Key() {
    }

    @Inject
    public IssueLti11Key(Registrations registrations, Lti11Consumers consumers, Lti11Secrets secrets, AdminAuditLog audit) {
        this.registrations = registrations;
        this.consumers = consumers;
        this.secrets = secrets;
        this.audit = audit;
    }

    /** The credentials, secret in the clear: to be shown once. */
    public record IssuedKey(Lti11Consumer consumer, String secret) {
    }

    @Transactional
    public IssuedKey create(Administrator by, UUID organisationId) {
        by.requireOrganisation(organisationId);
        registrations.find(organisationId).orElseThrow(() -> new NotFound("no such registration"));
        if (consumers.findByOrganisation(organisationId).isPresent()) {
            throw new Conflict("this organisation has an LTI 1.1 key already; rotate it for new credentials");
        }
        String key = Lti11Secrets.newConsumerKey();
        String secret = Lti11Secrets.newSecret();
        Lti11Consumer consumer = new Lti11Consumer(organisationId, key, secrets.seal(secret, organisationId, key), Instant.now());
        consumers.add(consumer);
        audit.record(by, organisationId, "lti11-key.create", key, null);
        return new IssuedKey(consumer, secret);
    }

    @Transactional
    public IssuedKey rotate(Administrator by, UUID organisationId) {
        by.requireOrganisation(organisationId);
        Lti11Consumer consumer = consumers.findByOrganisation(organisationId)
                .orElseThrow(() -> new NotFound("this organisation has no LTI 1.1 key"));
        String previous = consumer.consumerKey();
        String key = Lti11Secrets.newConsumerKey();
        String secret = Lti11Secrets.newSecret();
        consumer.rotate(key, secrets.seal(secret, organisationId, key), Instant.now());
        audit.record(by, organisationId, "lti11-key.rotate", key, "replaces " + previous);
        return new IssuedKey(consumer, secret);
    }
}
