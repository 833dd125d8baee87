package org.thirdspace.database;

import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thirdspace.config.Setting;
import org.thirdspace.config.ToolSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migrations a node applies at start-up, with the extra folders an upgrade rehearsal adds, on
 * an in-memory H2 database.
 */
class DatabaseMigrationTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final DatabaseAddress address;

    DatabaseMigrationTest() {
        dataSource.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        address = new DatabaseAddress(dataSource.getURL(), "", "");
    }

    @Test
    void extraFoldersAreAppliedAfterTheBuiltInMigrationsAndAnOlderReleaseStillStartsOnTheResult(@TempDir Path next)
            throws SQLException, java.io.IOException {
        Files.writeString(next.resolve("V1000__next_release.sql"),
                "create table post_translation (post_id uuid not null, language varchar(35) not null);\n"
                        + "alter table post add column reading_minutes integer;\n");
        ToolSettings nextRelease = ToolSettings.of(Map.of(Setting.DB_EXTRA_MIGRATION_LOCATIONS, " filesystem:" + next + " "));

        MigrateResult upgraded = DatabaseMigration.flyway(dataSource, nextRelease, address).migrate();

        assertThat(upgraded.targetSchemaVersion).isEqualTo("1000");
        assertThat(upgraded.migrations.get(upgraded.migrations.size() - 1).version).isEqualTo("1000");
        assertThat(hasTable("post_translation")).isTrue();

        // A node of the current release, which does not carry version 1000, restarting on the upgraded database.
        MigrateResult old = DatabaseMigration.flyway(dataSource, ToolSettings.of(Map.of()), address).migrate();
        assertThat(old.success).isTrue();
        assertThat(old.migrationsExecuted).isZero();
        assertThat(count("select count(*) from flyway_schema_history where version = '1000'")).isEqualTo(1);
    }

    @Test
    void aLocationThatIsNotAFolderIsRefusedBeforeAnythingIsWritten() throws SQLException {
        for (String wrong : new String[] {"classpath:db/next", "/srv/thirdspace/next", "filesystem:"}) {
            ToolSettings settings = ToolSettings.of(Map.of(Setting.DB_EXTRA_MIGRATION_LOCATIONS, "filesystem:/srv/ok," + wrong));

            assertThatThrownBy(() -> DatabaseMigration.flyway(dataSource, settings, address))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("thirdspace.db.extra-migration-locations accepts only folders written "
                            + "filesystem:/path/to/folder, not: " + wrong);
        }
        assertThat(hasTable("flyway_schema_history")).isFalse();
    }

    @Test
    void aFolderThatDoesNotExistStopsTheMigrationBeforeAnythingIsWritten(@TempDir Path dir) throws SQLException {
        ToolSettings settings = ToolSettings.of(Map.of(Setting.DB_EXTRA_MIGRATION_LOCATIONS,
                "filesystem:" + dir.resolve("missing")));

        assertThatThrownBy(() -> DatabaseMigration.flyway(dataSource, settings, address).migrate())
                .hasMessageContaining("missing");
        assertThat(hasTable("flyway_schema_history")).isFalse();
    }

    private boolean hasTable(String name) throws SQLException {
        return count("select count(*) from information_schema.tables where table_name = '" + name + "'") > 0;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
