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
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.audit.AdminAuditEntry;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.application.audit.ShowAuditLog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

    @Inject
    ShowAuditLog auditLog;

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

    @GET
    @Path("log")
    @Operation(summary = "Admin, registration and moderation actions, newest first, filtered by who (name contains), "
            + "what (registration, admin, moderation) and when (from, to: dates YYYY-MM-DD, to inclusive, or instants)")
    public List<ShowAuditLog.Item> search(@QueryParam("organisation") UUID organisation, @QueryParam("who") String who,
                                          @QueryParam("what") String what, @QueryParam("from") String from,
                                          @QueryParam("to") String to, @QueryParam("limit") @DefaultValue("200") int limit) {
        Administrator admin = access.require();
        return auditLog.list(admin, new ShowAuditLog.Query(organisation, who, what, instant("from", from, false),
                instant("to", to, true), limit));
    }

    /** A date is the start of that day in UTC ({@code to}: of the next day, so the day itself is included). */
    static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, field + " must be a date (YYYY-MM-DD) or an instant (2026-03-02T10:00:00Z)");
        }
    }
}
