package org.thirdspace.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Administrator;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.http.session.CurrentSession;
import org.thirdspace.http.session.DevelopmentOperator;
import org.thirdspace.http.session.NotSignedIn;
import org.thirdspace.http.session.SessionFilter;
import org.thirdspace.http.session.SessionTokens;
import org.thirdspace.http.session.ToolSession;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may use the admin API: (a) the bootstrap credential from configuration, for automation,
 * compared in constant time, never with a default, or, with the LMS emulator on (development only),
 * the credential the emulator opens the console with ({@link DevelopmentOperator}); (b) a person whose launch carried an
 * institution or system administrator role, from a registration that is still active, for their
 * own organisation only. A course instructor is not an administrator.
 */
@RequestScoped
public class AdminAccess {

    @Inject
    ToolSettings settings;

    @Inject
    CurrentSession current;

    @Inject
    DevelopmentOperator developmentOperator;

    @Inject
    Registrations registrations;

    @Context
    HttpHeaders headers;

    public Administrator require() {
        String bearer = SessionFilter.bearer(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        String configured = settings.adminToken();
        if (bearer != null && !SessionTokens.looksLikeSessionToken(bearer)) {
            if (!configured.isEmpty() && MessageDigest.isEqual(bearer.getBytes(StandardCharsets.UTF_8),
                    configured.getBytes(StandardCharsets.UTF_8))) {
                return Administrator.operator();
            }
            if (developmentOperator.accepts(bearer)) {
                return Administrator.operator();
            }
            throw new NotSignedIn();
        }
        ToolSession session = current.require();
        if (!session.isOrganisationAdministrator()) {
            throw new AccessDenied("the admin console needs an administrator role in your organisation's LMS");
        }
        // The organisation is active while one of its registrations is (V18: one may be attached to it).
        boolean active = registrations.ofOrganisation(session.organisationId()).stream().anyMatch(PlatformRegistration::isActive);
        if (!active) {
            throw new AccessDenied("your organisation's registration is not active");
        }
        return Administrator.ofOrganisation(session.organisationId(), session.personId());
    }
}
