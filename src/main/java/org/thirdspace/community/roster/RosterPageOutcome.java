package org.thirdspace.community.roster;

/** What applying one page of a roster did: members listed, and how many were new, changed or lost access. */
public record RosterPageOutcome(int applied, int added, int updated, int deactivated, int warnings, String lastWarning) {
}
