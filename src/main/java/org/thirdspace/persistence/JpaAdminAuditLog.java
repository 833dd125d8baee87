package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.audit.AdminAuditEntry;
import org.thirdspace.application.audit.AdminAuditLog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaAdminAuditLog implements AdminAuditLog {

    private EntityManager em;

    protected JpaAdminAuditLog() {
    }

    @Inject
    public JpaAdminAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(Administrator by, UUID organisationId, String action, String target, String detail) {
        em.persist(new AdminAuditRecord(organisationId, by.actor(), action, target, detail, Instant.now()));
    }

    @Override
    public List<AdminAuditEntry> search(UUID organisationId, Instant from, Instant to, int limit) {
        // ix_admin_audit_org (organisation_id, occurred_at) serves an organisation's period.
        StringBuilder jpql = new StringBuilder("select a from AdminAuditRecord a where 1 = 1");
        if (organisationId != null) {
            jpql.append(" and a.organisationId = :organisation");
        }
        if (from != null) {
            jpql.append(" and a.occurredAt >= :from");
        }
        if (to != null) {
            jpql.append(" and a.occurredAt < :to");
        }
        TypedQuery<AdminAuditRecord> query = em.createQuery(jpql.append(" order by a.occurredAt desc").toString(), AdminAuditRecord.class);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setMaxResults(limit).getResultList().stream().map(AdminAuditRecord::toEntry).toList();
    }

    @Override
    public List<AdminAuditEntry> recent(UUID organisationId, int limit) {
        List<AdminAuditRecord> records;
        if (organisationId == null) {
            records = em.createQuery("select a from AdminAuditRecord a order by a.occurredAt desc", AdminAuditRecord.class)
                    .setMaxResults(limit).getResultList();
        } else {
            records = em.createQuery("select a from AdminAuditRecord a where a.organisationId = :organisation"
                            + " order by a.occurredAt desc", AdminAuditRecord.class)
                    .setParameter("organisation", organisationId)
                    .setMaxResults(limit).getResultList();
        }
        return records.stream().map(AdminAuditRecord::toEntry).toList();
    }
}
