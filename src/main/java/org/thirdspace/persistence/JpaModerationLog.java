package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.moderation.ModerationLog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The moderation log in the database. */
@ApplicationScoped
@Transactional
public class JpaModerationLog implements ModerationLog {

    private EntityManager em;

    protected JpaModerationLog() {
    }

    @Inject
    public JpaModerationLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ModerationAuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<ModerationAuditEntry> audit(UUID spaceId, int limit) {
        return em.createQuery("select a from ModerationAuditEntry a where a.spaceId = :space order by a.actedAt desc, a.id desc",
                        ModerationAuditEntry.class)
                .setParameter("space", spaceId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ModerationAuditEntry> organisationAudit(UUID organisationId, int limit) {
        return em.createQuery("select a from ModerationAuditEntry a where a.organisationId = :org and a.spaceId is null"
                        + " order by a.actedAt desc, a.id desc", ModerationAuditEntry.class)
                .setParameter("org", organisationId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ModerationAuditEntry> ofOrganisation(UUID organisationId, Instant from, Instant to, int limit) {
        // ix_moderation_action_org (organisation_id, acted_at) serves an organisation's period.
        StringBuilder jpql = new StringBuilder("select a from ModerationAuditEntry a where 1 = 1");
        if (organisationId != null) {
            jpql.append(" and a.organisationId = :org");
        }
        if (from != null) {
            jpql.append(" and a.actedAt >= :from");
        }
        if (to != null) {
            jpql.append(" and a.actedAt < :to");
        }
        TypedQuery<ModerationAuditEntry> query = em.createQuery(jpql.append(" order by a.actedAt desc, a.id desc").toString(), ModerationAuditEntry.class);
        if (organisationId != null) {
            query.setParameter("org", organisationId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
