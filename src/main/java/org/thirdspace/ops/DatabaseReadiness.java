package org.thirdspace.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.thirdspace.database.DatabaseState;

/** Ready only when the database answers and its schema is migrated; otherwise DOWN with the reason. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("schemaVersion", state.schemaVersion());
        if (state.isMigrated()) {
            return response.up().build();
        }
        return response.down()
                .withData("reason", state.problem())
                .withData("failedAttempts", state.failedAttempts())
                .build();
    }
}
