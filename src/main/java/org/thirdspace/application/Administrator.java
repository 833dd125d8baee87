package org.thirdspace.application;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is administering: the operator's bootstrap credential (every organisation), or an
 * organisation administrator who launched from their LMS (their own organisation only).
 */
public record Administrator(String actor, UUID organisationId) {

    private static final String PERSON = "person:";

    public static Administrator operator() {
        return new Administrator("bootstrap-admin", null);
    }

    /** The tool itself, applying one of its settings (the retention setting): audited under the setting's name. */
    public static Administrator setting(String name) {
        return new Administrator("setting:" + name, null);
    }

    public static Administrator ofOrganisation(UUID organisationId, UUID personId) {
        return new Administrator(PERSON + personId, organisationId);
    }

    /** The person administering, for what must name who wrote it; empty for the operator and settings. */
    public Optional<UUID> personId() {
        return actor.startsWith(PERSON) ? Optional.of(UUID.fromString(actor.substring(PERSON.length()))) : Optional.empty();
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
