package org.thirdspace.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations yield the same tables on H2 and PostgreSQL: every table, column, type,
 * length and nullability, compared with the catalogue in {@code schema/catalogue.txt}. PostgreSQL
 * is checked when {@code thirdspace.it.db.url} names one (CI always does), in a fresh schema.
 */
class SchemaParityIT {

    @Test
    void h2MatchesTheCatalogue() throws Exception {
        String url = "jdbc:h2:mem:parity-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(written(catalogue(connection, "public"), "h2")).containsExactlyElementsOf(expected());
        }
    }

    @Test
    void postgresMatchesTheCatalogue() throws Exception {
        String url = System.getProperty("thirdspace.it.db.url", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "no PostgreSQL configured");
        String user = System.getProperty("thirdspace.it.db.user", "");
        String schema = "parity_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            connection.createStatement().execute("create schema " + schema);
            try {
                Flyway.configure().dataSource(url, user, "").schemas(schema)
                        .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
                assertThat(written(catalogue(connection, schema), "postgresql")).containsExactlyElementsOf(expected());
            } finally {
                connection.createStatement().execute("drop schema " + schema + " cascade");
            }
        }
    }

    /** One line per column: table.column type(length) null|not null, sorted; Flyway's own table left out. */
    static List<String> catalogue(Connection connection, String schema) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(
                "select table_name, column_name, data_type, character_maximum_length, is_nullable "
                        + "from information_schema.columns where lower(table_schema) = '" + schema + "' "
                        + "and lower(table_name) <> 'flyway_schema_history' order by table_name, column_name")) {
            while (rs.next()) {
                long length = rs.getLong(4);
                String size = rs.wasNull() ? "" : "(" + length + ")";
                lines.add((rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3)
                        + size + ("YES".equals(rs.getString(5)) ? " null" : " not null"))
                        .toLowerCase(Locale.ROOT));
            }
        }
        return lines;
    }

    /** Keeps what was found in target/, to compare or to update the catalogue after a migration. */
    static List<String> written(List<String> catalogue, String database) throws IOException {
        java.nio.file.Path out = java.nio.file.Path.of("target", "schema-catalogue-" + database + ".txt");
        java.nio.file.Files.write(out, catalogue);
        return catalogue;
    }

    static List<String> expected() throws IOException {
        try (InputStream in = SchemaParityIT.class.getClassLoader().getResourceAsStream("schema/catalogue.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
