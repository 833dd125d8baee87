package org.thirdspace.emulator;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.thirdspace.config.ToolSettings;

/** Unless the emulator is enabled (never in production), its URLs do not exist. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class EmulatorSwitch implements ContainerRequestFilter {

    @Inject
    ToolSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!settings.emulatorEnabled() && request.getUriInfo().getPath().startsWith("emulator")) {
            throw new NotFoundException();
        }
    }
}
