package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.DiscussionSearch;
import org.thirdspace.community.discussion.PostSummary;
import org.thirdspace.community.discussion.SearchQuery;
import org.thirdspace.community.discussion.Viewer;

import java.time.Instant;
import java.util.List;

/** Full-text search over what the viewer may see ({@link FullTextSearch} says how, per database). */
@ApplicationScoped
@Transactional
public class JpaDiscussionSearch implements DiscussionSearch {

    private EntityManager em;
    private FullTextSearch fullText;

    protected JpaDiscussionSearch() {
    }

    @Inject
    public JpaDiscussionSearch(EntityManager em, FullTextSearch fullText) {
        this.em = em;
        this.fullText = fullText;
    }

    @Override
    public List<PostSummary> search(SearchQuery query, Viewer viewer, Instant now) {
        NativeQuery sql = new NativeQuery().sql("select p.id, p.thread_id, ");
        DiscussionVisibility.titleFor(sql, viewer);
        sql.sql(", p.space_id, p.author_id, p.created_at, p.body_text from post p join thread t on t.id = p.thread_id where ");
        fullText.matches(sql, query.terms(), viewer.memberSpaces());
        sql.sql(" and ");
        DiscussionVisibility.visible(sql, viewer, now);
        if (query.spaceId() != null) {
            sql.sql(" and t.space_id = ?", query.spaceId());
        }
        if (query.authorId() != null) {
            sql.sql(" and p.author_id = ?", query.authorId());
        }
        if (query.tagId() != null) {
            sql.sql(" and exists (select 1 from thread_tag tt where tt.thread_id = t.id and tt.tag_id = ?)", query.tagId());
        }
        return DiscussionVisibility.summaries(em, sql.sql(" order by p.created_at desc, p.id desc limit ?", query.limit()));
    }
}
