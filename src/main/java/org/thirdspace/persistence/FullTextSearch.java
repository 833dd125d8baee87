package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseAddress;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The search condition over post text and thread titles: PostgreSQL full-text search (the
 * {@code to_tsvector('simple', …)} expressions of the GIN indexes in db/vendor/postgresql), or on
 * the embedded H2 database, a case-insensitive match of every term. Every term must match.
 */
@ApplicationScoped
public class FullTextSearch {

    private ToolSettings settings;

    protected FullTextSearch() {
    }

    @Inject
    public FullTextSearch(ToolSettings settings) {
        this.settings = settings;
    }

    /**
     * Candidate posts among those the viewer may look at — in their spaces, or organisation-wide —
     * whose text (or, for opening posts, thread title) contains every term. The caller applies the
     * exact visibility rules on top.
     */
    void matches(NativeQuery sql, List<String> terms, Collection<UUID> spaces) {
        if (terms.isEmpty()) {
            sql.sql("1 = 0");
            return;
        }
        if (DatabaseAddress.from(settings).isPostgres()) {
            // Four index look-ups (bodies and titles; in the viewer's spaces and organisation-wide)
            // joined as a set: an OR across tables and spaces would make PostgreSQL scan every post.
            String query = String.join(" ", terms);
            sql.sql("p.id in (select b.id from post b where b.space_id in ").in(spaces)
                    .sql(" and to_tsvector('simple', b.body_text) @@ plainto_tsquery('simple', ?)", query)
                    .sql(" union all select b.id from post b where b.org_wide and to_tsvector('simple', b.body_text) @@ plainto_tsquery('simple', ?)", query)
                    .sql(" union all select o.id from post o join thread h on h.id = o.thread_id where o.opening and h.space_id in ").in(spaces)
                    .sql(" and to_tsvector('simple', h.title) @@ plainto_tsquery('simple', ?)", query)
                    .sql(" union all select o.id from post o join thread h on h.id = o.thread_id where o.opening and h.audience = 'ORGANISATION'"
                            + " and to_tsvector('simple', h.title) @@ plainto_tsquery('simple', ?))", query);
            return;
        }
        sql.sql("(");
        for (int i = 0; i < terms.size(); i++) {
            String like = "%" + terms.get(i).replace("%", "").replace("_", "") + "%";
            sql.sql(i == 0 ? "" : " and ").sql("(lower(p.body_text) like ? or (p.opening and lower(t.title) like ?))", like, like);
        }
        sql.sql(")");
    }
}
