package org.thirdspace.persistence;

import jakarta.persistence.EntityManager;
import org.thirdspace.community.discussion.PostSummary;
import org.thirdspace.community.discussion.Viewer;

import java.time.Instant;
import java.util.List;

/**
 * What a viewer may see, as SQL conditions on {@code thread t} and {@code post p}, shared by the
 * queries that list across spaces (tag hubs, person cards, search), and the reading of their rows.
 */
final class DiscussionVisibility {

    private DiscussionVisibility() {
    }

    /**
     * A thread the viewer may see and, in it, a post they may see (others' posts seen from outside
     * need consent; a post hidden by moderators only by its author and the space's moderators).
     */
    static void visible(NativeQuery sql, Viewer viewer, Instant now) {
        visibleThread(sql, viewer, now);
        sql.sql(" and p.deleted_at is null and (p.opening or p.shared_wider or p.space_id in ").in(viewer.memberSpaces()).sql(")");
        sql.sql(" and (p.hidden_at is null or p.author_id = ? or p.space_id in ", viewer.personId()).in(viewer.moderatedSpaces()).sql(")");
    }

    static void visibleThread(NativeQuery sql, Viewer viewer, Instant now) {
        sql.sql("t.organisation_id = ? and t.deleted_at is null and t.publish_at <= ? and (t.audience = 'ORGANISATION'"
                + " or (t.space_id in ", viewer.organisationId(), now).in(viewer.memberSpaces())
                .sql(" and (t.audience = 'SPACE' or t.peer_group_id in ").in(viewer.peerGroups())
                .sql(" or t.space_id in ").in(viewer.moderatedSpaces()).sql(")))");
    }

    static List<PostSummary> summaries(EntityManager em, NativeQuery sql) {
        return sql.rows(em).stream().map(r -> new PostSummary(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]), (String) r[2],
                NativeQuery.uuid(r[3]), NativeQuery.uuid(r[4]), NativeQuery.instant(r[5]), (String) r[6])).toList();
    }
}
