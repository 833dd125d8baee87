package org.thirdspace.application.lms;

import java.util.UUID;

/**
 * The tool's account at an organisation's LMS, as the LTI layer hands it out ({@link PlatformAccounts})
 * and takes it back with each request to a {@link RosterSource} or {@link CourseGroupsSource}. It
 * holds what the tool needs to act as a client of one platform registration: its id (the token cache is
 * per registration, never per issuer: Canvas cloud tenants share one), the client id, and the token
 * endpoint with the optional authorization server.
 */
public record PlatformAccount(UUID registrationId, String clientId, String tokenEndpoint, String authorizationServer) {

    /**
     * The client assertion's single {@code aud}: the authorization server when the platform names
     * one, else the token endpoint (Security Framework §4.1.1; D2L fails on a multi-valued aud).
     */
    public String assertionAudience() {
        return authorizationServer != null && !authorizationServer.isBlank() ? authorizationServer : tokenEndpoint;
    }
}
