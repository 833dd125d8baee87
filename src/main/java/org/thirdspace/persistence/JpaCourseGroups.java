package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.coursegroup.CourseGroup;
import org.thirdspace.community.coursegroup.CourseGroupMember;
import org.thirdspace.community.coursegroup.CourseGroupSet;
import org.thirdspace.community.coursegroup.CourseGroups;
import org.thirdspace.community.coursegroup.GroupMemberEntry;
import org.thirdspace.community.person.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaCourseGroups implements CourseGroups {

    private EntityManager em;

    protected JpaCourseGroups() {
    }

    @Inject
    public JpaCourseGroups(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CourseGroupSet> sets(UUID courseId) {
        return em.createQuery("select s from CourseGroupSet s where s.courseId = :course order by s.name, s.key", CourseGroupSet.class)
                .setParameter("course", courseId).getResultList();
    }

    @Override
    public List<CourseGroup> groups(UUID courseId) {
        return em.createQuery("select g from CourseGroup g where g.courseId = :course order by g.name, g.key", CourseGroup.class)
                .setParameter("course", courseId).getResultList();
    }

    @Override
    public void add(CourseGroupSet set) {
        em.persist(set);
    }

    @Override
    public void add(CourseGroup group) {
        em.persist(group);
    }

    @Override
    public Map<String, UUID> activeGroupIds(UUID courseId) {
        Map<String, UUID> ids = new HashMap<>();
        for (Object[] row : em.createQuery("select g.key, g.id from CourseGroup g where g.courseId = :course and g.active = true",
                Object[].class).setParameter("course", courseId).getResultList()) {
            ids.put((String) row[0], (UUID) row[1]);
        }
        return ids;
    }

    @Override
    public List<CourseGroupMember> memberships(UUID courseId, Collection<UUID> personIds) {
        List<CourseGroupMember> rows = new ArrayList<>();
        for (List<UUID> chunk : JpaRosters.chunks(personIds)) {
            rows.addAll(em.createQuery("select m from CourseGroupMember m where m.courseId = :course and m.personId in :people",
                            CourseGroupMember.class)
                    .setParameter("course", courseId).setParameter("people", chunk).getResultList());
        }
        return rows;
    }

    @Override
    public void add(CourseGroupMember member) {
        em.persist(member);
    }

    @Override
    public void addAll(Collection<CourseGroupMember> members) {
        members.forEach(em::persist);
    }

    @Override
    public void remove(CourseGroupMember member) {
        em.remove(em.contains(member) ? member : em.merge(member));
    }

    @Override
    public Map<UUID, Long> memberCounts(UUID courseId) {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select m.groupId, count(m) from CourseGroupMember m, CourseMembership c"
                        + " where m.courseId = :course and c.courseContextId = m.courseId and c.personId = m.personId"
                        + " and c.status = :active group by m.groupId", Object[].class)
                .setParameter("course", courseId).setParameter("active", MembershipStatus.ACTIVE).getResultList()) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<GroupMemberEntry> members(UUID courseId, UUID groupId, int limit) {
        List<GroupMemberEntry> entries = new ArrayList<>();
        for (Object[] row : em.createQuery("select p, c.status from CourseGroupMember m, Person p, CourseMembership c"
                        + " where m.courseId = :course and m.groupId = :group and p.id = m.personId"
                        + " and c.courseContextId = m.courseId and c.personId = m.personId order by m.createdAt, m.id", Object[].class)
                .setParameter("course", courseId).setParameter("group", groupId).setMaxResults(limit).getResultList()) {
            Person person = (Person) row[0];
            entries.add(new GroupMemberEntry(person.id(), person.nameToShow(), row[1] == MembershipStatus.ACTIVE));
        }
        return entries;
    }
}
