package org.thirdspace.http;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * The platform registration whose frame a response without a session is for — a launch, a login
 * that asks the platform's storage — so that {@link SecurityHeaders} lets exactly that platform
 * frame it. Set by the resource that serves the response.
 */
@RequestScoped
public class FramingRegistration {

    private UUID registrationId;

    public void serve(UUID registrationId) {
        this.registrationId = registrationId;
    }

    Optional<UUID> get() {
        return Optional.ofNullable(registrationId);
    }
}
