package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.person.PersonCard;
import org.thirdspace.community.person.PersonalHistory;
import org.thirdspace.community.person.PersonalHistory.ConsentEntry;
import org.thirdspace.community.person.PersonalHistory.CourseEntry;
import org.thirdspace.community.person.PersonalHistory.FollowEntry;
import org.thirdspace.community.person.PersonalHistory.NotificationEntry;
import org.thirdspace.community.person.PersonalHistory.PostEntry;
import org.thirdspace.community.person.PersonalHistory.ReactionEntry;
import org.thirdspace.community.person.PersonalHistory.ReportEntry;
import org.thirdspace.community.person.PersonalHistory.SpaceEntry;
import org.thirdspace.community.person.PersonalRecords;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.thirdspace.persistence.NativeQuery.instant;
import static org.thirdspace.persistence.NativeQuery.uuid;

@ApplicationScoped
@Transactional
public class JpaPersonalRecords implements PersonalRecords {

    private EntityManager em;

    protected JpaPersonalRecords() {
    }

    @Inject
    public JpaPersonalRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public PersonalHistory history(UUID personId) {
        return new PersonalHistory(
                rows("select c.id, c.title, m.roles, m.status, m.custom, m.created_at, m.last_launch_at"
                        + " from course_membership m join course_context c on c.id = m.course_context_id"
                        + " where m.person_id = ? order by m.created_at", personId,
                        r -> new CourseEntry(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                                instant(r[5]), instant(r[6]))),
                rows("select s.id, s.title, m.role, m.status, m.joined_at from space_member m join space s on s.id = m.space_id"
                        + " where m.person_id = ? order by m.joined_at", personId,
                        r -> new SpaceEntry(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], instant(r[4]))),
                rows("select p.id, t.id, t.title, s.id, s.title, p.opening, p.body_markdown, p.created_at, p.edited_at, p.deleted_at"
                        + " from post p join thread t on t.id = p.thread_id join space s on s.id = p.space_id"
                        + " where p.author_id = ? order by p.created_at, p.id", personId,
                        r -> new PostEntry(uuid(r[0]), uuid(r[1]), (String) r[2], uuid(r[3]), (String) r[4], (Boolean) r[5],
                                (String) r[6], instant(r[7]), instant(r[8]), r[9] != null)),
                rows("select post_id, kind, created_at from reaction where person_id = ? order by created_at", personId,
                        r -> new ReactionEntry(uuid(r[0]), (String) r[1], instant(r[2]))),
                rows("select target_kind, target_id, created_at from follow where person_id = ? order by created_at", personId,
                        r -> new FollowEntry((String) r[0], uuid(r[1]), instant(r[2]))),
                rows("select kind, thread_id, created_at, read_at from notification where person_id = ? order by created_at", personId,
                        r -> new NotificationEntry((String) r[0], uuid(r[1]), instant(r[2]), instant(r[3]))),
                rows("select post_id, reason, text, created_at from post_report where reporter_id = ? order by created_at", personId,
                        r -> new ReportEntry(uuid(r[0]), (String) r[1], (String) r[2], instant(r[3]))),
                rows("select artifact_id, consent, asked_at, answered_at from artifact_contributor where person_id = ?"
                        + " order by asked_at", personId,
                        r -> new ConsentEntry(uuid(r[0]), (String) r[1], instant(r[2]), instant(r[3]))));
    }

    private <T> List<T> rows(String sql, UUID personId, Function<Object[], T> row) {
        return new NativeQuery().sql(sql, personId).rows(em).stream().map(row).toList();
    }

    @Override
    public void forget(UUID personId) {
        PersonCard card = em.find(PersonCard.class, personId);
        if (card != null) {
            em.remove(card);
        }
        // Notifications others received about what the person did stay (they name a post, and the
        // person's name is shown as erased); the person's own go.
        for (String statement : List.of(
                "delete from notification where person_id = ?",
                "delete from follow where person_id = ?",
                "delete from thread_read where person_id = ?",
                "delete from thread_mute where person_id = ?",
                "delete from person_block where blocker_id = ?",
                "delete from person_block where blocked_id = ?",
                "delete from course_group_member where person_id = ?",
                // Scores not yet sent name the person's LMS user id; nothing will be sent for them any more.
                "delete from grade_delivery where person_id = ?",
                // No address any more, so no digest: their preference and the record of digests sent go.
                "delete from digest_delivery where person_id = ?",
                "delete from digest_subscription where person_id = ?",
                "update course_membership set custom = null where person_id = ?",
                // What a facilitator uploaded or a formation read about them (department, region, ...).
                "delete from peer_group_attribute_upload where person_id = ?",
                "update peer_group_draft_member set person_values = '{}' where person_id = ?")) {
            new NativeQuery().sql(statement, personId).execute(em);
        }
    }

    @Override
    public List<PersonRef> dormantSince(Instant cutoff, int limit) {
        return new NativeQuery()
                .sql("select organisation_id, id from person where status <> 'ERASED'"
                        + " and coalesce(last_launch_at, created_at) < ? order by coalesce(last_launch_at, created_at), id"
                        + " fetch first " + limit + " rows only", cutoff)
                .rows(em).stream().map(r -> new PersonRef(uuid(r[0]), uuid(r[1]))).toList();
    }
}
