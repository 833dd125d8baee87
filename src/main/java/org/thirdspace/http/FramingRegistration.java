package org.thirdspace.http;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The platform registration whose frame a response without a session is for — a launch, a login
 * that asks the platform's storage — so that {@link SecurityHeaders} lets exactly that platform
 * frame it. Set by the resource that serves the response.
 */
@RequestScoped
public class FramingRegistration {

    private static final Pattern ORIGIN = Pattern.compile("^https?://[a-z0-9.-]+(:[0-9]{1,5})?$");

    private UUID registrationId;
    private String platformOrigin;

    public void serve(UUID registrationId) {
        this.registrationId = registrationId;
    }

    /**
     * A page for a platform the tool does not know as an active registration yet — the dynamic
     * registration page, which the platform opens in its own frame (LTI Dynamic Registration 1.0
     * §3.3): that origin may frame it. Anything but a plain origin is ignored.
     */
    public void serveOrigin(String origin) {
        if (origin != null && ORIGIN.matcher(origin).matches()) {
            this.platformOrigin = origin;
        }
    }

    Optional<String> origin() {
        return Optional.ofNullable(platformOrigin);
    }

    Optional<UUID> get() {
        return Optional.ofNullable(registrationId);
    }
}
