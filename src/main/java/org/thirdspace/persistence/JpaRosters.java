package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterEntry;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.lti.platform.RegistrationStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Rosters in the database. Lookups by many subjects or people go in chunks (bind-parameter limits
 * differ by database, and a platform may send pages larger than asked). The lease and the "listed
 * by this run" marks are conditional and bulk updates in SQL: one statement each, whatever the
 * number of rows, and atomic across nodes.
 */
@ApplicationScoped
@Transactional
public class JpaRosters implements Rosters {

    static final int CHUNK = 500;

    private EntityManager em;

    protected JpaRosters() {
    }

    @Inject
    public JpaRosters(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CourseContext> course(UUID courseId) {
        return Optional.ofNullable(em.find(CourseContext.class, courseId));
    }

    @Override
    public Optional<CourseRoster> roster(UUID courseId) {
        return Optional.ofNullable(em.find(CourseRoster.class, courseId));
    }

    @Override
    public void add(CourseRoster roster) {
        em.persist(roster);
    }

    @Override
    public List<UUID> due(Instant attemptedBefore, Instant now, int limit) {
        // A course's organisation may be served by a registration attached to it (V18): any active one will do.
        return em.createQuery("select r.courseId from CourseRoster r, CourseContext c"
                        + " where c.id = r.courseId and exists (select p.id from PlatformRegistration p"
                        + " where (p.id = c.organisationId or p.organisationId = c.organisationId) and p.status = :active)"
                        + " and r.membershipsUrl is not null"
                        + " and (r.leaseUntil is null or r.leaseUntil < :now)"
                        + " and (r.lastAttemptAt is null or r.lastAttemptAt < :before)"
                        + " order by r.lastAttemptAt", UUID.class)
                .setParameter("active", RegistrationStatus.ACTIVE)
                .setParameter("now", now)
                .setParameter("before", attemptedBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean acquireLease(UUID courseId, UUID syncId, Instant now, Instant until) {
        return em.createNativeQuery("update course_roster set lease_job_id = ?, lease_until = ?"
                        + " where course_context_id = ? and (lease_job_id is null or lease_until is null or lease_until < ?)")
                .setParameter(1, syncId)
                .setParameter(2, utc(until))
                .setParameter(3, courseId)
                .setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    @Override
    public boolean renewLease(UUID courseId, UUID syncId, Instant until) {
        return em.createNativeQuery("update course_roster set lease_until = ? where course_context_id = ? and lease_job_id = ?")
                .setParameter(1, utc(until))
                .setParameter(2, courseId)
                .setParameter(3, syncId)
                .executeUpdate() == 1;
    }

    @Override
    public void releaseLease(UUID courseId, UUID syncId) {
        em.createNativeQuery("update course_roster set lease_job_id = null, lease_until = null"
                        + " where course_context_id = ? and lease_job_id = ?")
                .setParameter(1, courseId)
                .setParameter(2, syncId)
                .executeUpdate();
    }

    @Override
    public void add(RosterSync sync) {
        em.persist(sync);
    }

    @Override
    public Optional<RosterSync> sync(UUID syncId) {
        return Optional.ofNullable(em.find(RosterSync.class, syncId));
    }

    @Override
    public Optional<RosterSync> latest(UUID courseId) {
        return em.createQuery("select s from RosterSync s where s.courseId = :course order by s.createdAt desc, s.id desc",
                        RosterSync.class)
                .setParameter("course", courseId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<RosterSync> history(UUID organisationId, UUID courseId, int limit) {
        StringBuilder jpql = new StringBuilder("select s from RosterSync s where 1 = 1");
        if (organisationId != null) {
            jpql.append(" and s.organisationId = :organisation");
        }
        if (courseId != null) {
            jpql.append(" and s.courseId = :course");
        }
        jpql.append(" order by s.createdAt desc, s.id desc");
        TypedQuery<RosterSync> query = em.createQuery(jpql.toString(), RosterSync.class);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        if (courseId != null) {
            query.setParameter("course", courseId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public void addAll(Collection<Person> people, Collection<CourseMembership> memberships) {
        people.forEach(em::persist);
        memberships.forEach(em::persist);
    }

    @Override
    public Map<String, Person> peopleBySubject(UUID organisationId, Collection<String> subjects) {
        Map<String, Person> people = new HashMap<>();
        for (List<String> chunk : chunks(subjects)) {
            em.createQuery("select p from Person p where p.organisationId = :organisation and p.subject in :subjects", Person.class)
                    .setParameter("organisation", organisationId)
                    .setParameter("subjects", chunk)
                    .getResultList()
                    .forEach(p -> people.put(p.subject(), p));
        }
        return people;
    }

    @Override
    public Map<UUID, CourseMembership> memberships(UUID courseId, Collection<UUID> personIds) {
        Map<UUID, CourseMembership> memberships = new HashMap<>();
        for (List<UUID> chunk : chunks(personIds)) {
            em.createQuery("select m from CourseMembership m where m.courseContextId = :course and m.personId in :people",
                            CourseMembership.class)
                    .setParameter("course", courseId)
                    .setParameter("people", chunk)
                    .getResultList()
                    .forEach(m -> memberships.put(m.personId(), m));
        }
        return memberships;
    }

    @Override
    public void markListed(UUID courseId, Collection<UUID> personIds, UUID syncId) {
        // Changes of this page may only be pending in the persistence context yet.
        em.flush();
        if (personIds.isEmpty()) {
            return;
        }
        for (List<UUID> chunk : chunks(personIds)) {
            StringBuilder sql = new StringBuilder("update course_membership set roster_sync_id = ? where course_context_id = ? and person_id in (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(")");
            var query = em.createNativeQuery(sql.toString()).setParameter(1, syncId).setParameter(2, courseId);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 3, chunk.get(i));
            }
            query.executeUpdate();
        }
    }

    @Override
    public List<UUID> deactivateUnlisted(UUID courseId, UUID syncId, Instant runStartedAt, Instant now) {
        em.flush();
        String unlisted = " where course_context_id = ? and status = ?"
                + " and (roster_sync_id is null or roster_sync_id <> ?)"
                + " and created_at < ? and (last_launch_at is null or last_launch_at < ?)";
        // Locked as read, so that the update below changes exactly these rows: a launch meanwhile waits for this run.
        List<?> people = em.createNativeQuery("select person_id from course_membership" + unlisted + " for update")
                .setParameter(1, courseId)
                .setParameter(2, MembershipStatus.ACTIVE.name())
                .setParameter(3, syncId)
                .setParameter(4, utc(runStartedAt))
                .setParameter(5, utc(runStartedAt))
                .getResultList();
        if (people.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("update course_membership set status = ?, updated_at = ?" + unlisted)
                .setParameter(1, MembershipStatus.INACTIVE.name())
                .setParameter(2, utc(now))
                .setParameter(3, courseId)
                .setParameter(4, MembershipStatus.ACTIVE.name())
                .setParameter(5, syncId)
                .setParameter(6, utc(runStartedAt))
                .setParameter(7, utc(runStartedAt))
                .executeUpdate();
        return people.stream().map(NativeQuery::uuid).toList();
    }

    @Override
    public long countMembers(UUID courseId, MembershipStatus status) {
        return em.createQuery("select count(m) from CourseMembership m where m.courseContextId = :course and m.status = :status",
                        Long.class)
                .setParameter("course", courseId)
                .setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public List<RosterEntry> members(UUID courseId, MembershipStatus status, int offset, int limit) {
        String jpql = "select m, p from CourseMembership m, Person p where p.id = m.personId and m.courseContextId = :course"
                + (status == null ? "" : " and m.status = :status") + " order by m.createdAt, m.id";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("course", courseId);
        if (status != null) {
            query.setParameter("status", status);
        }
        List<RosterEntry> entries = new ArrayList<>();
        for (Object[] row : query.setFirstResult(offset).setMaxResults(limit).getResultList()) {
            CourseMembership m = (CourseMembership) row[0];
            Person p = (Person) row[1];
            entries.add(new RosterEntry(p.id(), p.subject(), p.nameToShow(), m.roles(), m.status(), m.source(), p.lastLaunchAt()));
        }
        return entries;
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
