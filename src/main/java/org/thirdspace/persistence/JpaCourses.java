package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.ResourceLink;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaCourses implements Courses {

    @Inject
    EntityManager em;

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
    public void add(CourseContext course) {
        em.persist(course);
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
