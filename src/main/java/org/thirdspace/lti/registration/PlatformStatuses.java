package org.thirdspace.lti.registration;

import org.thirdspace.application.InvalidRequest;
import org.thirdspace.lti.platform.DeploymentStatus;
import org.thirdspace.lti.platform.RegistrationStatus;

import java.util.Locale;

/** Reads status words from requests and files, refusing unknown ones with a clear message. */
final class PlatformStatuses {

    private PlatformStatuses() {
    }

    static RegistrationStatus registration(String value, RegistrationStatus fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return RegistrationStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("status", "status must be one of pending, active, disabled");
        }
    }

    static DeploymentStatus deployment(String value, DeploymentStatus fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return DeploymentStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("deployments.status", "deployment status must be one of pending, active, disabled");
        }
    }
}
