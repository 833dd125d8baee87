package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.audit.AdminAuditEntry;
import org.thirdspace.application.audit.AdminAuditLog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The admin audit log: an organisation admin sees their organisation's entries. */
@ApplicationScoped
@Path("api/admin/audit")
@Tag(name = "Admin: audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AdminAccess access;

    @Inject
    AdminAuditLog log;

    public record AuditView(UUID organisationId, String actor, String action, String target, String detail, Instant occurredAt) {
        static AuditView of(AdminAuditEntry e) {
            return new AuditView(e.organisationId(), e.actor(), e.action(), e.target(), e.detail(), e.occurredAt());
        }
    }

    @GET
    @Transactional
    @Operation(summary = "Recent administrative changes, newest first")
    public List<AuditView> recent(@QueryParam("organisation") UUID organisation, @QueryParam("limit") @DefaultValue("100") int limit) {
        Administrator admin = access.require();
        UUID scope = admin.isOperator() ? organisation : admin.organisationId();
        return log.recent(scope, Math.max(1, Math.min(limit, 1000))).stream().map(AuditView::of).toList();
    }
}
