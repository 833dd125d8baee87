package org.thirdspace.lti.platform;

/** CDI event: registrations were created or changed on this node; caches derived from them refresh. */
public record RegistrationsChanged() {
}
