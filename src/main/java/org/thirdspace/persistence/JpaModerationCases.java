package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.ModerationState;
import org.thirdspace.community.moderation.ModerationStep;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Moderation cases and their steps in the database. */
@ApplicationScoped
@Transactional
public class JpaModerationCases implements ModerationCases {

    private EntityManager em;

    protected JpaModerationCases() {
    }

    @Inject
    public JpaModerationCases(EntityManager em) {
        this.em = em;
    }

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
    public long openCaseCount(UUID spaceId) {
        return em.createQuery("select count(c) from ModerationCase c where c.spaceId = :space and c.state in :open", Long.class)
                .setParameter("space", spaceId).setParameter("open", List.of(ModerationState.PENDING, ModerationState.ESCALATED))
                .getSingleResult();
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
    public List<ModerationCase> openCasesOfThread(UUID threadId) {
        return em.createQuery("select c from ModerationCase c where c.threadId = :thread and c.state in :open", ModerationCase.class)
                .setParameter("thread", threadId).setParameter("open", List.of(ModerationState.PENDING, ModerationState.ESCALATED))
                .getResultList();
    }
}
