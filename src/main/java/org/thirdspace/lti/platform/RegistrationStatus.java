package org.thirdspace.lti.platform;

/** A registration launches only when ACTIVE; dynamic registrations wait as PENDING for an admin. */
public enum RegistrationStatus {
    PENDING, ACTIVE, DISABLED
}
