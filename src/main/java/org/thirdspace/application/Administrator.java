package org.thirdspace.application;

import java.util.UUID;

/**
 * Who is administering: the operator's bootstrap credential (every organisation), or an
 * organisation administrator who launched from their LMS (their own organisation only).
 */
public record Administrator(String actor, UUID organisationId) {

    public static Administrator operator() {
        return new Administrator("bootstrap-admin", null);
    }

    /** The tool itself, applying one of its settings (the retention setting): audited under the setting's name. */
    public static Administrator setting(String name) {
        return new Administrator("setting:" + name, null);
    }

    public static Administrator ofOrganisation(UUID organisationId, UUID personId) {
        return new Administrator("person:" + personId, organisationId);
    }

    public boolean isOperator() {
        return organisationId == null;
    }

    public void requireOperator() {
        if (!isOperator()) {
            throw new AccessDenied("only the tool's operator may do this");
        }
    }

    /** Another organisation's data looks like nothing at all. */
    public void requireOrganisation(UUID organisation) {
        if (!isOperator() && !organisationId.equals(organisation)) {
            throw new NotFound("no such registration");
        }
    }
}
