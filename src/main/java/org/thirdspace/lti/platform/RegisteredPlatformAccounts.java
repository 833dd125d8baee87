package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.PlatformAccounts;
import org.thirdspace.application.lms.PlatformUnavailable;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The tool's account at an organisation's LMS is its platform registration: the client id and
 * token endpoint the services are called with. Only an active registration may be called; an
 * organisation served by several (one attached after the platform re-created the tool) is called
 * through its newest active one.
 */
@ApplicationScoped
public class RegisteredPlatformAccounts implements PlatformAccounts {

    private Registrations registrations;

    protected RegisteredPlatformAccounts() {
    }

    @Inject
    public RegisteredPlatformAccounts(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public PlatformAccount of(UUID organisationId) throws PlatformUnavailable {
        List<PlatformRegistration> serving = registrations.ofOrganisation(organisationId);
        if (serving.isEmpty()) {
            throw new PlatformUnavailable("the course's platform registration no longer exists");
        }
        // The newest active one: after the platform re-created the tool, the old client id is dead there.
        PlatformRegistration registration = serving.stream().filter(PlatformRegistration::isActive)
                .max(Comparator.comparing(PlatformRegistration::createdAt)).orElse(null);
        if (registration == null) {
            throw new PlatformUnavailable("the platform registration is " + serving.get(0).status().name().toLowerCase()
                    + "; rosters are synced for active registrations only");
        }
        return new PlatformAccount(registration.id(), registration.clientId(), registration.tokenEndpoint(),
                registration.authorizationServer());
    }
}
