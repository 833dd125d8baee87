package org.thirdspace.persistence;

import jakarta.persistence.EntityManager;
import org.thirdspace.community.discussion.PostSummary;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.shared.DisplayText;

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

    /**
     * The thread's title, or null when the moderators hid its opening post and the viewer is
     * neither its author nor a moderator of its space (a reply found in it names no title).
     */
    static void titleFor(NativeQuery sql, Viewer viewer) {
        sql.sql("case when t.author_id <> ?", viewer.personId());
        if (!viewer.moderatedSpaces().isEmpty()) {
            sql.sql(" and t.space_id not in ").in(viewer.moderatedSpaces());
        }
        sql.sql(" and exists (select 1 from post o where o.thread_id = t.id and o.opening and o.hidden_at is not null"
                + " and o.deleted_at is null) then null else t.title end");
    }

    /** A thread whose opening post the moderators hid is its author's and its space's moderators' only. */
    static void notHiddenFrom(NativeQuery sql, Viewer viewer) {
        sql.sql(" and (t.author_id = ? or t.space_id in ", viewer.personId()).in(viewer.moderatedSpaces())
                .sql(" or not exists (select 1 from post o where o.thread_id = t.id and o.opening and o.hidden_at is not null"
                        + " and o.deleted_at is null))");
    }

    /** Rows of id, thread, title (see {@link #titleFor}), space, author, time and text; titles without bidirectional controls. */
    static List<PostSummary> summaries(EntityManager em, NativeQuery sql) {
        return sql.rows(em).stream().map(r -> new PostSummary(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]),
                DisplayText.withoutBidiControls((String) r[2]),
                NativeQuery.uuid(r[3]), NativeQuery.uuid(r[4]), NativeQuery.instant(r[5]), (String) r[6])).toList();
    }
}
