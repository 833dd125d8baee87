package org.thirdspace.lti.platform;

/**
 * A deployment launches only when ACTIVE. A launch with an unknown deployment id records it as
 * PENDING so that an admin sees it and can approve it.
 */
public enum DeploymentStatus {
    PENDING, ACTIVE, DISABLED
}
