package org.thirdspace.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes and reads the admin audit log, inside the caller's transaction. */
@ApplicationScoped
@Transactional
public class AdminAuditLog {

    @Inject
    EntityManager em;

    public void record(Administrator by, UUID organisationId, String action, String target, String detail) {
        em.persist(new AdminAuditEntry(organisationId, by.actor(), action, target, detail, Instant.now()));
    }

    public List<AdminAuditEntry> recent(UUID organisationId, int limit) {
        if (organisationId == null) {
            return em.createQuery("select a from AdminAuditEntry a order by a.occurredAt desc", AdminAuditEntry.class)
                    .setMaxResults(limit).getResultList();
        }
        return em.createQuery("select a from AdminAuditEntry a where a.organisationId = :organisation order by a.occurredAt desc",
                        AdminAuditEntry.class)
                .setParameter("organisation", organisationId)
                .setMaxResults(limit).getResultList();
    }
}
