package org.thirdspace.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.thirdspace.database.DatabaseState;

/**
 * Refuses work with a clear 503 until the database is migrated, instead of failing deep inside a
 * request. Static files are still served.
 */
@Provider
@PreMatching
public class DatabaseGate implements ContainerRequestFilter {

    @Inject
    DatabaseState database;

    @Override
    public void filter(ContainerRequestContext request) {
        if (database.isMigrated() || request.getUriInfo().getPath().startsWith("static/")) {
            return;
        }
        request.abortWith(Problem.response(503, "database-unavailable", "Not ready",
                "Thirdspace cannot use its database yet (" + database.problem() + "). Try again in a minute."));
    }
}
