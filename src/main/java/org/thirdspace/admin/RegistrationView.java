package org.thirdspace.admin;

import org.thirdspace.lti.platform.PlatformDeployment;
import org.thirdspace.lti.platform.PlatformRegistration;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A registration as the admin API shows it; {@code organisationId} is its own id, or the
 * organisation it was attached to (V18).
 */
public record RegistrationView(UUID id, UUID organisationId, String issuer, String clientId, String name, String authorizationEndpoint,
                               String tokenEndpoint, String authorizationServer, String jwksUri,
                               Set<String> targetLinkHosts, Set<String> frameOrigins, String status, String origin,
                               Instant createdAt, Instant updatedAt, List<DeploymentView> deployments) {

    public static RegistrationView of(PlatformRegistration r, List<PlatformDeployment> deployments) {
        return new RegistrationView(r.id(), r.organisationId(), r.issuer(), r.clientId(), r.displayName(), r.authorizationEndpoint(),
                r.tokenEndpoint(), r.authorizationServer(), r.jwksUri(), r.targetLinkHosts(), r.frameOrigins(),
                r.status().name().toLowerCase(), r.origin().name().toLowerCase(), r.createdAt(), r.updatedAt(),
                deployments == null ? null : deployments.stream().map(DeploymentView::of).toList());
    }

    public record DeploymentView(String deploymentId, String status, String label, Instant firstSeenAt,
                                 Instant decidedAt, String decidedBy, Instant lastLaunchAt) {
        static DeploymentView of(PlatformDeployment d) {
            return new DeploymentView(d.deploymentId(), d.status().name().toLowerCase(), d.label(), d.firstSeenAt(),
                    d.decidedAt(), d.decidedBy(), d.lastLaunchAt());
        }
    }
}
