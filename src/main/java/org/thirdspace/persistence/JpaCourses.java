package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseSummary;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.ResourceLink;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Courses in the database. Course and link ids by key are also kept in a bounded cache of committed
 * rows: every launch needs them and they never change; names may, and callers compare them.
 */
@ApplicationScoped
@Transactional
public class JpaCourses implements Courses {

    private static final int CACHED = 20_000;

    private EntityManager em;
    private AfterCommit afterCommit;

    protected JpaCourses() {
    }

    @Inject
    public JpaCourses(EntityManager em, AfterCommit afterCommit) {
        this.em = em;
        this.afterCommit = afterCommit;
    }

    private final Map<List<Object>, CourseSummary> summaries = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, CourseSummary> eldest) {
            return size() > CACHED;
        }
    });

    @Override
    public Optional<CourseSummary> summaryByKey(UUID organisationId, String deploymentId, String contextKey) {
        List<Object> key = List.of("course", organisationId, deploymentId, contextKey);
        CourseSummary cached = summaries.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return findByKey(organisationId, deploymentId, contextKey).map(c -> remember(key, new CourseSummary(c.id(), c.label(), c.title())));
    }

    @Override
    public Optional<CourseSummary> linkSummary(UUID courseId, String linkKey) {
        List<Object> key = List.of("link", courseId, linkKey);
        CourseSummary cached = summaries.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return link(courseId, linkKey).map(l -> remember(key, new CourseSummary(l.id(), null, l.title())));
    }

    private CourseSummary remember(List<Object> key, CourseSummary summary) {
        afterCommit.run(() -> summaries.put(key, summary));
        return summary;
    }

    @Override
    public Optional<CourseContext> find(UUID organisationId, UUID courseId) {
        return Optional.ofNullable(em.find(CourseContext.class, courseId)).filter(c -> c.organisationId().equals(organisationId));
    }

    @Override
    public Optional<CourseContext> findByKey(UUID organisationId, String deploymentId, String contextKey) {
        return em.createQuery("select c from CourseContext c where c.organisationId = :organisation"
                        + " and c.deploymentId = :deployment and c.contextKey = :key", CourseContext.class)
                .setParameter("organisation", organisationId)
                .setParameter("deployment", deploymentId)
                .setParameter("key", contextKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<CourseContext> findByContextKey(UUID organisationId, String contextKey) {
        return em.createQuery("select c from CourseContext c where c.organisationId = :organisation and c.contextKey = :key"
                        + " order by c.createdAt, c.id", CourseContext.class)
                .setParameter("organisation", organisationId)
                .setParameter("key", contextKey)
                .setMaxResults(10)
                .getResultList();
    }

    /** Written at once, before the memberships and links that refer to it (see {@link JpaPeople#add}). */
    @Override
    public void add(CourseContext course) {
        em.persist(course);
        em.flush();
    }

    @Override
    public Optional<CourseMembership> membership(UUID courseId, UUID personId) {
        return em.createQuery("select m from CourseMembership m where m.courseContextId = :course and m.personId = :person",
                        CourseMembership.class)
                .setParameter("course", courseId)
                .setParameter("person", personId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(CourseMembership membership) {
        em.persist(membership);
    }

    @Override
    public List<CourseMembership> memberships(UUID courseId, int limit) {
        return em.createQuery("select m from CourseMembership m where m.courseContextId = :course order by m.createdAt",
                        CourseMembership.class)
                .setParameter("course", courseId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<ResourceLink> link(UUID courseId, String linkKey) {
        return em.createQuery("select l from ResourceLink l where l.courseContextId = :course and l.linkKey = :key", ResourceLink.class)
                .setParameter("course", courseId)
                .setParameter("key", linkKey)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ResourceLink link) {
        em.persist(link);
    }
}
