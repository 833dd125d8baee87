package org.thirdspace.community.roster;

/**
 * A member's status as the LMS lists it (NRPS 2.0 §2.4.1 {@code status}): Active, Inactive, or
 * Deleted, which only a differences response carries. Anything but ACTIVE takes access away; the
 * person and their history stay.
 */
public enum RosterStatus {
    ACTIVE, INACTIVE, DELETED;

    public boolean grantsAccess() {
        return this == ACTIVE;
    }
}
