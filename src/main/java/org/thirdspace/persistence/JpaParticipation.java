package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.grading.Participation;
import org.thirdspace.community.grading.ScoreInputs;

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

    /**
     * One statement for every graded link. Each summary reads the space's posts and the course's
     * memberships by their indexes (post by space and creation time; on PostgreSQL the deleted
     * posts' own small index, V27_1); none reads a person or sorts.
     */
    @Override
    public Map<UUID, ScoreInputs> gradedLinks() {
        Map<UUID, ScoreInputs> inputs = new HashMap<>();
        for (Object[] row : new NativeQuery().sql("select g.resource_link_id, g.updated_at, g.period_end,"
                + " (select count(*) from post p where p.space_id = e.space_id),"
                + " (select count(*) from post p where p.space_id = e.space_id and p.deleted_at is not null),"
                + " (select max(p.created_at) from post p where p.space_id = e.space_id),"
                + " (select count(*) from course_membership m where m.course_context_id = g.course_context_id),"
                + " (select max(m.updated_at) from course_membership m where m.course_context_id = g.course_context_id)"
                + " from link_grading g left join space_entry e on e.resource_link_id = g.resource_link_id"
                + " where g.enabled = true").rows(em)) {
            inputs.put(NativeQuery.uuid(row[0]), new ScoreInputs(NativeQuery.instant(row[1]), NativeQuery.instant(row[2]),
                    NativeQuery.number(row[3]), NativeQuery.number(row[4]), NativeQuery.instant(row[5]),
                    NativeQuery.number(row[6]), NativeQuery.instant(row[7])));
        }
        return inputs;
    }
}
