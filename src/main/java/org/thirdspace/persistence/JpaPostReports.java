package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.PostReport;
import org.thirdspace.community.moderation.PostReports;

import java.util.List;
import java.util.UUID;

/** Members' reports of posts in the database. */
@ApplicationScoped
@Transactional
public class JpaPostReports implements PostReports {

    private EntityManager em;

    protected JpaPostReports() {
    }

    @Inject
    public JpaPostReports(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean add(PostReport report) {
        // The unique (post, reporter) index decides a race between two reports of one person: the
        // second inserts nothing, and the use case answers 409 and rolls back.
        return new NativeQuery().sql("insert into post_report (id, case_id, post_id, reporter_id, reason, text, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", report.id(), report.caseId(), report.postId(),
                report.reporterId(), report.reason().name(), report.text(), report.createdAt()).execute(em) == 1;
    }

    @Override
    public List<PostReport> reports(UUID caseId) {
        return em.createQuery("select r from PostReport r where r.caseId = :case order by r.createdAt, r.id", PostReport.class)
                .setParameter("case", caseId).getResultList();
    }

    @Override
    public boolean reported(UUID postId, UUID reporterId) {
        return !em.createQuery("select r.id from PostReport r where r.postId = :post and r.reporterId = :reporter", UUID.class)
                .setParameter("post", postId).setParameter("reporter", reporterId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long reporters(UUID caseId) {
        return em.createQuery("select count(distinct r.reporterId) from PostReport r where r.caseId = :case", Long.class)
                .setParameter("case", caseId).getSingleResult();
    }

    @Override
    public List<PostReport> reportsBy(UUID reporterId, int limit) {
        return em.createQuery("select r from PostReport r where r.reporterId = :reporter order by r.createdAt desc, r.id desc",
                        PostReport.class)
                .setParameter("reporter", reporterId).setMaxResults(limit).getResultList();
    }
}
