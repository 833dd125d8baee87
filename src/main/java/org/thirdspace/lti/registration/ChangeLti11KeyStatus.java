package org.thirdspace.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.lti.platform.Lti11Consumer;
import org.thirdspace.lti.platform.Lti11Consumers;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Disables an organisation's LTI 1.1 key (its launches are refused; its secret still verifies LTI
 * 1.3 migration claims, so people keep their history when the LMS moves to 1.3) or enables it again.
 */
@ApplicationScoped
public class ChangeLti11KeyStatus {

    private Lti11Consumers consumers;
    private AdminAuditLog audit;

    protected ChangeLti11KeyStatus() {
    }

    @Inject
    public ChangeLti11KeyStatus(Lti11Consumers consumers, AdminAuditLog audit) {
        this.consumers = consumers;
        this.audit = audit;
    }

    @Transactional
    public Lti11Consumer change(Administrator by, UUID organisationId, String status) {
        by.requireOrganisation(organisationId);
        Lti11Consumer.Status target;
        try {
            target = Lti11Consumer.Status.valueOf(status == null ? "" : status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("status", "status must be active or disabled");
        }
        Lti11Consumer consumer = consumers.findByOrganisation(organisationId)
                .orElseThrow(() -> new NotFound("this organisation has no LTI 1.1 key"));
        if (consumer.status() != target) {
            consumer.changeStatus(target, Instant.now());
            audit.record(by, organisationId, "lti11-key." + target.name().toLowerCase(Locale.ROOT), consumer.consumerKey(), null);
        }
        return consumer;
    }
}
