package org.thirdspace.admin;

import org.thirdspace.lti.platform.PlatformEndpoints;
import org.thirdspace.lti.registration.RegistrationCommand;

import java.util.List;
import java.util.Set;

/**
 * A registration as JSON, for the admin API and for files in {@code lti-config/registrations/}
 * (the same format; see lti-config/README.md).
 */
public record RegistrationRequest(String issuer, String clientId, String name, String authorizationEndpoint,
                                  String tokenEndpoint, String authorizationServer, String jwksUri,
                                  Set<String> targetLinkHosts, Set<String> frameOrigins, String status,
                                  List<Deployment> deployments) {

    public record Deployment(String id, String status, String label) {
    }

    public PlatformEndpoints endpoints() {
        return new PlatformEndpoints(name, authorizationEndpoint, tokenEndpoint, authorizationServer, jwksUri,
                targetLinkHosts, frameOrigins);
    }

    public RegistrationCommand command() {
        return new RegistrationCommand(issuer, clientId, endpoints(), status,
                deployments == null ? List.of() : deployments.stream()
                        .map(d -> new RegistrationCommand.DeploymentCommand(d.id(), d.status(), d.label())).toList());
    }
}
