package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.Moderation;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationState;
import org.thirdspace.community.moderation.ModerationStep;
import org.thirdspace.community.moderation.NoteTemplate;
import org.thirdspace.community.moderation.PostReport;
import org.thirdspace.community.moderation.Suspension;
import org.thirdspace.community.moderation.WatchTerm;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Moderation cases, reports, suspensions, the audit and the watch list in the database. */
@ApplicationScoped
@Transactional
public class JpaModeration implements Moderation {

    @Inject
    EntityManager em;

    @Override
    public void add(ModerationCase moderationCase) {
        em.persist(moderationCase);
        em.flush();
    }

    @Override
    public void add(ModerationStep step) {
        em.persist(step);
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
    public void serialiseWritesOf(UUID personId) {
        new NativeQuery().sql("select id from person where id = ? for update", personId).rows(em);
    }

    @Override
    public void add(ModerationAuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public void add(Suspension suspension) {
        em.persist(suspension);
    }

    @Override
    public void add(WatchTerm term) {
        em.persist(term);
        em.flush();
    }

    @Override
    public void add(NoteTemplate template) {
        em.persist(template);
    }

    @Override
    public List<NoteTemplate> noteTemplates(UUID organisationId, UUID spaceId) {
        return em.createQuery("select n from NoteTemplate n where n.organisationId = :org and (n.spaceId is null or n.spaceId = :space)"
                        + " order by n.spaceId, n.title", NoteTemplate.class)
                .setParameter("org", organisationId).setParameter("space", spaceId).setMaxResults(200).getResultList();
    }

    @Override
    public Optional<NoteTemplate> noteTemplate(UUID templateId) {
        return Optional.ofNullable(em.find(NoteTemplate.class, templateId));
    }

    @Override
    public void remove(NoteTemplate template) {
        em.remove(template);
    }

    @Override
    public Optional<ModerationCase> moderationCase(UUID caseId) {
        return Optional.ofNullable(em.find(ModerationCase.class, caseId));
    }

    @Override
    public Optional<ModerationCase> openCase(UUID postId) {
        return em.createQuery("select c from ModerationCase c where c.postId = :post and c.state in :open order by c.openedAt desc",
                        ModerationCase.class)
                .setParameter("post", postId).setParameter("open", List.of(ModerationState.PENDING, ModerationState.ESCALATED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ModerationCase> cases(UUID spaceId, Collection<ModerationState> states, int limit) {
        return em.createQuery("select c from ModerationCase c where c.spaceId = :space and c.state in :states"
                        + " order by c.updatedAt desc, c.id desc", ModerationCase.class)
                .setParameter("space", spaceId).setParameter("states", List.copyOf(states)).setMaxResults(limit).getResultList();
    }

    @Override
    public java.util.Set<UUID> moderatedPosts(Collection<UUID> postIds) {
        java.util.Set<UUID> moderated = new java.util.HashSet<>();
        for (List<UUID> chunk : JpaRosters.chunks(postIds)) {
            new NativeQuery().sql("select distinct post_id from moderation_case where post_id in ").in(chunk).rows(em)
                    .forEach(r -> moderated.add(NativeQuery.uuid(r[0])));
        }
        return moderated;
    }

    @Override
    public long openCaseCount(UUID spaceId) {
        return em.createQuery("select count(c) from ModerationCase c where c.spaceId = :space and c.state in :open", Long.class)
                .setParameter("space", spaceId).setParameter("open", List.of(ModerationState.PENDING, ModerationState.ESCALATED))
                .getSingleResult();
    }

    @Override
    public List<ModerationCase> escalated(UUID organisationId, int limit) {
        return em.createQuery("select c from ModerationCase c where c.organisationId = :org and c.state = :state"
                        + " order by c.updatedAt desc, c.id desc", ModerationCase.class)
                .setParameter("org", organisationId).setParameter("state", ModerationState.ESCALATED).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ModerationStep> steps(UUID caseId) {
        return em.createQuery("select s from ModerationStep s where s.caseId = :case order by s.position", ModerationStep.class)
                .setParameter("case", caseId).getResultList();
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

    @Override
    public Recent reportsSince(UUID reporterId, Instant since) {
        return recent(new NativeQuery().sql("select count(*), min(created_at) from post_report where reporter_id = ? and created_at > ?",
                reporterId, since));
    }

    @Override
    public Recent postsSince(UUID authorId, Instant since) {
        return recent(new NativeQuery().sql("select count(*), min(created_at) from post where author_id = ? and created_at > ?",
                authorId, since));
    }

    private Recent recent(NativeQuery query) {
        Object[] row = query.rows(em).get(0);
        return new Recent(NativeQuery.number(row[0]), NativeQuery.instant(row[1]));
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
    public Optional<Suspension> activeSuspension(UUID spaceId, UUID personId, Instant now) {
        return em.createQuery("select s from Suspension s where s.spaceId = :space and s.personId = :person and s.liftedAt is null"
                        + " and s.endsAt > :now order by s.endsAt desc", Suspension.class)
                .setParameter("space", spaceId).setParameter("person", personId).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Suspension> suspension(UUID suspensionId) {
        return Optional.ofNullable(em.find(Suspension.class, suspensionId));
    }

    @Override
    public List<Suspension> activeSuspensions(UUID spaceId, Instant now) {
        return em.createQuery("select s from Suspension s where s.spaceId = :space and s.liftedAt is null and s.endsAt > :now"
                        + " order by s.endsAt", Suspension.class)
                .setParameter("space", spaceId).setParameter("now", now).setMaxResults(500).getResultList();
    }

    @Override
    public List<WatchTerm> watchTerms(UUID organisationId) {
        return em.createQuery("select w from WatchTerm w where w.organisationId = :org order by w.term", WatchTerm.class)
                .setParameter("org", organisationId).setMaxResults(1000).getResultList();
    }

    @Override
    public Optional<WatchTerm> watchTerm(UUID termId) {
        return Optional.ofNullable(em.find(WatchTerm.class, termId));
    }

    @Override
    public void remove(WatchTerm term) {
        em.remove(term);
    }

    @Override
    public List<ModerationCase> openCasesOfThread(UUID threadId) {
        return em.createQuery("select c from ModerationCase c where c.threadId = :thread and c.state in :open", ModerationCase.class)
                .setParameter("thread", threadId).setParameter("open", List.of(ModerationState.PENDING, ModerationState.ESCALATED))
                .getResultList();
    }
}
