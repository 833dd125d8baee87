package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.PlatformAccounts;
import org.thirdspace.application.lms.PlatformUnavailable;

import java.util.UUID;

/**
 * The tool's account at an organisation's LMS is its platform registration: the client id and
 * token endpoint the services are called with. Only an active registration may be called.
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
        PlatformRegistration registration = registrations.find(organisationId)
                .orElseThrow(() -> new PlatformUnavailable("the course's platform registration no longer exists"));
        if (!registration.isActive()) {
            throw new PlatformUnavailable("the platform registration is " + registration.status().name().toLowerCase()
                    + "; rosters are synced for active registrations only");
        }
        return new PlatformAccount(registration.id(), registration.clientId(), registration.tokenEndpoint(),
                registration.authorizationServer());
    }
}
