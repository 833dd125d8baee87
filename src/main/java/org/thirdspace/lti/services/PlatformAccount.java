package org.thirdspace.lti.services;

import org.thirdspace.lti.platform.PlatformRegistration;

import java.util.UUID;

/**
 * What the tool needs to act as a client of one platform registration: its id (the token cache is
 * per registration, never per issuer: Canvas cloud tenants share one), the client id, and the token
 * endpoint with the optional authorization server.
 */
public record PlatformAccount(UUID registrationId, String clientId, String tokenEndpoint, String authorizationServer) {

    public static PlatformAccount of(PlatformRegistration registration) {
        return new PlatformAccount(registration.id(), registration.clientId(), registration.tokenEndpoint(),
                registration.authorizationServer());
    }

    /**
     * The client assertion's single {@code aud}: the authorization server when the platform names
     * one, else the token endpoint (Security Framework §4.1.1; D2L fails on a multi-valued aud).
     */
    public String assertionAudience() {
        return authorizationServer != null && !authorizationServer.isBlank() ? authorizationServer : tokenEndpoint;
    }
}
