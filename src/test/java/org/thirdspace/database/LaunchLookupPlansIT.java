package org.thirdspace.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
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

    static String url;
    static String user;
    static String schema;

    @BeforeAll
    static void migrateAFreshSchema() {
        url = System.getProperty("thirdspace.it.db.url", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "no PostgreSQL configured");
        user = System.getProperty("thirdspace.it.db.user", "");
        schema = "plans_" + UUID.randomUUID().toString().replace("-", "");
        Flyway.configure().dataSource(url, user, "").schemas(schema).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
    }

    @AfterAll
    static void dropTheSchema() throws Exception {
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }

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
        List<String> names = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String column : key.split(",")) {
            String[] nameAndType = column.trim().split(" ");
            names.add(nameAndType[0]);
            conditions.add(nameAndType[0] + " = $" + names.size());
            types.add(nameAndType[1]);
            values.add("uuid".equals(nameAndType[1]) ? "'" + UUID.randomUUID() + "'" : "'x'");
        }
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("set search_path = " + schema);
            statement.execute("set plan_cache_mode = force_generic_plan");
            statement.execute("prepare look_up(" + String.join(", ", types) + ") as select * from " + table
                    + " where " + String.join(" and ", conditions));
            String plan = plan(statement, "explain execute look_up(" + String.join(", ", values) + ")");
            assertThat(plan).as(plan).doesNotContain("Filter:", "Seq Scan");
            for (String name : names) {
                assertThat(plan).as(plan).containsPattern("Index Cond: .*\\b" + name + "\\b");
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
