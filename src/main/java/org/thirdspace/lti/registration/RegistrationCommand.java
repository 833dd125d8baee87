package org.thirdspace.lti.registration;

import org.thirdspace.lti.platform.PlatformEndpoints;

import java.util.List;

/**
 * A registration as an admin or a configuration file describes it. Deployments listed here are
 * created (or set to the given status) when the registration is applied.
 */
public record RegistrationCommand(String issuer, String clientId, PlatformEndpoints endpoints, String status,
                                  List<DeploymentCommand> deployments) {

    public RegistrationCommand {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }

    public record DeploymentCommand(String deploymentId, String status, String label) {
    }
}
