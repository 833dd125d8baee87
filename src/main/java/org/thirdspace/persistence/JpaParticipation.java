package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.grading.Participation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What participation grades read: a course's learners and the conversations each wrote in. */
@ApplicationScoped
@Transactional
public class JpaParticipation implements Participation {

    private EntityManager em;

    protected JpaParticipation() {
    }

    @Inject
    public JpaParticipation(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Learner> learners(UUID courseId) {
        List<Learner> learners = new ArrayList<>();
        for (Object[] row : new NativeQuery().sql("select p.id, p.subject, coalesce(p.chosen_name, p.display_name, p.subject), m.roles"
                + " from course_membership m join person p on p.id = m.person_id"
                + " where m.course_context_id = ? and m.status = 'ACTIVE' and p.status = 'ACTIVE'"
                + " order by 3, p.id", courseId).rows(em)) {
            RoleSet roles = RoleSet.decode((String) row[3]);
            if (roles.has(CourseRole.LEARNER) && !roles.teaches()) {
                learners.add(new Learner(NativeQuery.uuid(row[0]), (String) row[1], (String) row[2]));
            }
        }
        return learners;
    }

    @Override
    public Map<UUID, Long> conversations(UUID spaceId, Instant from, Instant until) {
        NativeQuery query = new NativeQuery().sql("select author_id, count(distinct thread_id) from post"
                + " where space_id = ? and deleted_at is null", spaceId);
        if (from != null) {
            query.sql(" and created_at >= ?", from);
        }
        if (until != null) {
            query.sql(" and created_at < ?", until);
        }
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : query.sql(" group by author_id").rows(em)) {
            counts.put(NativeQuery.uuid(row[0]), NativeQuery.number(row[1]));
        }
        return counts;
    }
}
