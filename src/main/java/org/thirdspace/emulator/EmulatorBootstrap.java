package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.application.Administrator;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseReady;
import org.thirdspace.lti.platform.PlatformEndpoints;
import org.thirdspace.lti.platform.RegistrationOrigin;
import org.thirdspace.lti.registration.RegisterPlatform;
import org.thirdspace.lti.registration.RegistrationCommand;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Registers the emulated LMS with the tool when the emulator is on, the way an admin would
 * register a real platform: issuer, client id, endpoints and an approved deployment.
 */
@ApplicationScoped
public class EmulatorBootstrap {

    private static final Logger LOG = Logger.getLogger(EmulatorBootstrap.class.getName());

    @Inject
    ToolSettings settings;

    @Inject
    EmulatorPlatform platform;

    @Inject
    RegisterPlatform registerPlatform;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (!settings.emulatorEnabled()) {
            return;
        }
        URI base = settings.baseUrl();
        String host = base.getHost();
        String origin = base.getScheme() + "://" + base.getAuthority();
        Set<String> hosts = base.getPort() == -1 ? Set.of(host) : Set.of(host, host + ":" + base.getPort());
        PlatformEndpoints endpoints = new PlatformEndpoints(EmulatorDirectory.ORGANISATION + " (LMS emulator)",
                platform.authorizationEndpoint(), platform.tokenEndpoint(), null, platform.jwksUri(), hosts, Set.of(origin));
        registerPlatform.apply(new Administrator("lms-emulator", null), new RegistrationCommand(platform.issuer(),
                EmulatorPlatform.CLIENT_ID, endpoints, "active",
                List.of(new RegistrationCommand.DeploymentCommand(EmulatorPlatform.DEPLOYMENT_ID, "active", "Northwind LMS"))),
                RegistrationOrigin.EMULATOR);
        LOG.info(() -> "Thirdspace is ready at " + base + " — LMS emulator at " + base + "/emulator");
    }
}
