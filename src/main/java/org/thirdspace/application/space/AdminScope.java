package org.thirdspace.application.space;

import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;

import java.util.UUID;

/** The organisation an administrator may act on: the operator any, an organisation admin their own. */
final class AdminScope {

    private AdminScope() {
    }

    static void require(Administrator admin, UUID organisationId) {
        if (organisationId == null) {
            throw new InvalidRequest("organisation", "organisation is required");
        }
        if (!admin.isOperator() && !admin.organisationId().equals(organisationId)) {
            // Another organisation's spaces look like nothing at all, as its registration does.
            throw new NotFound("no such organisation");
        }
    }
}
