package org.thirdspace.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.lti.jwks.ToolKey;
import org.thirdspace.lti.jwks.ToolKeyRing;

import java.time.Instant;

/** The three steps of a signing-key rotation, each audited; operator only. */
@ApplicationScoped
public class RotateToolKey {

    private ToolKeyRing keys;
    private AdminAuditLog audit;

    protected RotateToolKey() {
    }

    @Inject
    public RotateToolKey(ToolKeyRing keys, AdminAuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @Transactional
    public ToolKey prepareNext(Administrator by) {
        by.requireOperator();
        ToolKey key = keys.prepareNext();
        audit.record(by, null, "key.prepare-next", key.kid(), null);
        return key;
    }

    @Transactional
    public ToolKey activateNext(Administrator by) {
        by.requireOperator();
        ToolKey key = keys.activateNext(Instant.now());
        audit.record(by, null, "key.activate", key.kid(), null);
        return key;
    }

    @Transactional
    public ToolKey retire(Administrator by, String kid) {
        by.requireOperator();
        ToolKey key = keys.retire(kid, Instant.now());
        audit.record(by, null, "key.retire", kid, null);
        return key;
    }
}
