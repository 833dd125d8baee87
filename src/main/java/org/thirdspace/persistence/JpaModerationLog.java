package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.moderation.ModerationLog;

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
}
