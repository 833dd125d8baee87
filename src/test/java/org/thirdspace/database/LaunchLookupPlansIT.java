package org.thirdspace.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A launch's look-ups by key run on PostgreSQL's cached generic plans (see
 * {@code GenericPlans}), and a plan may be made while the tables are still empty and kept as they
 * grow. Each look-up must then still find its row through every column of its key: a plan whose
 * index condition holds only a prefix (the organisation, the course) reads every row under that
 * prefix, and costs more with every person or member. Needs PostgreSQL ({@code thirdspace.it.db.url}).
 */
class LaunchLookupPlansIT {

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource(delimiter = '|', value = {
            "person            | organisation_id uuid, subject text",
            "person            | organisation_id uuid, lti11_user_id text",
            "course_context    | organisation_id uuid, deployment_id text, context_key text",
            "course_membership | course_context_id uuid, person_id uuid",
            "resource_link     | course_context_id uuid, link_key text",
            "oidc_login        | state text",
    })
    void aLookUpOnEmptyTablesUsesTheWholeKey(String table, String key) throws Exception {
        String url = System.getProperty("thirdspace.it.db.url", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "no PostgreSQL configured");
        String user = System.getProperty("thirdspace.it.db.user", "");
        String schema = "plans_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            try {
                Flyway.configure().dataSource(url, user, "").schemas(schema)
                        .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
                statement.execute("set search_path = " + schema);
                statement.execute("set plan_cache_mode = force_generic_plan");
                List<String> columns = new ArrayList<>();
                List<String> types = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (String column : key.split(",")) {
                    String[] nameAndType = column.trim().split(" ");
                    columns.add(nameAndType[0] + " = $" + (columns.size() + 1));
                    types.add(nameAndType[1]);
                    values.add("uuid".equals(nameAndType[1]) ? "'" + UUID.randomUUID() + "'" : "'x'");
                }
                statement.execute("prepare look_up(" + String.join(", ", types) + ") as select * from " + table
                        + " where " + String.join(" and ", columns));
                String plan = plan(statement, "explain execute look_up(" + String.join(", ", values) + ")");
                assertThat(plan).as(plan).doesNotContain("Filter:", "Seq Scan");
                for (String column : key.split(",")) {
                    assertThat(plan).as(plan).containsPattern("Index Cond: .*\\b" + column.trim().split(" ")[0] + "\\b");
                }
            } finally {
                statement.execute("set search_path = public");
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static String plan(Statement statement, String explain) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery(explain)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
