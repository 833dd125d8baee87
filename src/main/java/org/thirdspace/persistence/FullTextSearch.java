package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;

import java.util.List;

/**
 * The search condition over post text and thread titles: PostgreSQL full-text search (the
 * {@code to_tsvector('simple', …)} expressions of the GIN indexes in db/vendor/postgresql), or on
 * the embedded H2 database, a case-insensitive match of every term. Every term must match.
 */
@ApplicationScoped
public class FullTextSearch {

    @Inject
    ToolSettings settings;

    void matches(NativeQuery sql, List<String> terms) {
        if (terms.isEmpty()) {
            sql.sql("1 = 0");
            return;
        }
        if (DatabaseAddress.from(settings).isPostgres()) {
            String query = String.join(" ", terms);
            sql.sql("(to_tsvector('simple', p.body_text) @@ plainto_tsquery('simple', ?)"
                    + " or (p.opening and to_tsvector('simple', t.title) @@ plainto_tsquery('simple', ?)))", query, query);
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
