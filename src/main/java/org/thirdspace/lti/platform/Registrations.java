package org.thirdspace.lti.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Platform registrations and their deployments. */
public interface Registrations {

    Optional<PlatformRegistration> find(UUID id);

    Optional<PlatformRegistration> find(String issuer, String clientId);

    /** All registrations of an issuer: a caller may use the result only when there is exactly one. */
    List<PlatformRegistration> withIssuer(String issuer);

    List<PlatformRegistration> all();

    /** The registrations whose launches belong to an organisation: the one that started it and those attached to it. */
    List<PlatformRegistration> ofOrganisation(UUID organisationId);

    void add(PlatformRegistration registration);

    Optional<PlatformDeployment> deployment(UUID registrationId, String deploymentId);

    List<PlatformDeployment> deployments(UUID registrationId);

    void add(PlatformDeployment deployment);

    /**
     * Records a deployment id the tool has not seen as pending, in a transaction of its own (the
     * launch that brought it fails); nothing happens when it is recorded already.
     */
    void recordPending(UUID registrationId, String deploymentId, Instant now);

    /** Stamps a deployment's last launch, unless it was stamped after {@code notSince}. */
    void stampLaunch(UUID deploymentId, Instant now, Instant notSince);
}
