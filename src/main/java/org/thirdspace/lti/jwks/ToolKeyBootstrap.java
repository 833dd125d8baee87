package org.thirdspace.lti.jwks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.database.DatabaseReady;

/** Generates the tool's first signing key once the database is ready (first start). */
@ApplicationScoped
public class ToolKeyBootstrap {

    @Inject
    ToolKeyRing keys;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        keys.ensureSigningKey();
    }
}
