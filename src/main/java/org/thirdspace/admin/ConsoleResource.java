package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Administrator;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;

import java.util.List;
import java.util.UUID;

/**
 * Who is using the console and what they may do there: the page asks once, and shows only the
 * actions the API would accept (the API checks again on every call).
 */
@ApplicationScoped
@Path("api/admin/console")
@Tag(name = "Admin: console")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleResource {

    private AdminAccess access;
    private Registrations registrations;

    protected ConsoleResource() {
    }

    @Inject
    public ConsoleResource(AdminAccess access, Registrations registrations) {
        this.access = access;
        this.registrations = registrations;
    }

    /** An organisation the console can show: the operator sees every one, an organisation admin their own. */
    public record OrganisationView(UUID id, String name, String status) {
    }

    /** {@code mayRegister} and {@code mayChangeStatus}: only the operator creates, approves or disables registrations. */
    public record ConsoleView(boolean operator, UUID organisationId, List<OrganisationView> organisations,
                              boolean mayRegister, boolean mayChangeStatus) {
    }

    @GET
    @Transactional
    @Operation(summary = "Who is using the console, the organisations they administer and what they may do")
    public ConsoleView who() {
        Administrator admin = access.require();
        List<OrganisationView> organisations = registrations.all().stream()
                // A registration attached to another's organisation (V18) is not an organisation of its own.
                .filter(PlatformRegistration::startedItsOrganisation)
                .filter(r -> admin.isOperator() || r.id().equals(admin.organisationId()))
                .map(r -> new OrganisationView(r.id(), r.displayName(), r.status().name().toLowerCase()))
                .toList();
        return new ConsoleView(admin.isOperator(), admin.organisationId(), organisations, admin.isOperator(), admin.isOperator());
    }
}
