package org.thirdspace.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.RoundTrips;

import java.util.List;

/**
 * Tests only ({@code thirdspace.db.count-round-trips}): tells in the response how many round trips
 * to the database the request took, and which, so that a test can hold a request to its figure.
 * Nothing of a person's data is in it: statements are sent with their values bound apart.
 */
@Provider
@PreMatching
public class RoundTripCount implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Thirdspace-Round-Trips";
    public static final String STATEMENTS_HEADER = "Thirdspace-Round-Trip-Statements";

    @Inject
    ToolSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (settings.countsRoundTrips()) {
            RoundTrips.begin();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (settings.countsRoundTrips()) {
            List<String> sent = RoundTrips.end();
            response.getHeaders().putSingle(HEADER, String.valueOf(sent.size()));
            response.getHeaders().putSingle(STATEMENTS_HEADER, String.join(" | ", sent).replaceAll("[\\r\\n]+", " "));
        }
    }
}
