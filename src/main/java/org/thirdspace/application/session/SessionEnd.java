package org.thirdspace.application.session;

import java.time.Instant;
import java.util.UUID;

/**
 * Ends sessions before their tokens expire: every token issued before {@code now} stops working
 * on every node (implemented where sessions are issued and checked, the web layer). Called inside
 * the caller's transaction; the end takes effect when it commits.
 */
public interface SessionEnd {

    void endSessionsOfPerson(UUID personId, Instant now);

    void endSessionsOfOrganisation(UUID organisationId, Instant now);
}
