package org.thirdspace.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.thirdspace.config.ToolSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the Flyway migrations at start-up. The schema is only ever created and changed here,
 * never by EclipseLink. When the database cannot be reached the application stays deployed,
 * readiness is DOWN with the reason, and the migration is retried with a growing pause, so a
 * database that starts late or a wrong URL fixed in the database does not make the process crash-loop.
 *
 * <p>A plain CDI bean on purpose: an EJB's start-up callback runs in one container transaction, and
 * the start-up work observing {@link DatabaseReady} must run in transactions of its own.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final long MAX_PAUSE_SECONDS = 60;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatabaseState state;

    @Inject
    ToolSettings settings;

    @Inject
    Event<DatabaseReady> ready;


    private long pauseSeconds = 2;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        attempt();
    }

    private void attempt() {
        DatabaseAddress address = DatabaseAddress.from(settings);
        try {
            checkReachable();
            MigrateResult result = flyway(dataSource, settings, address).migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "Database " + address.redactedUrl() + " is at schema version " + version
                    + " (" + result.migrationsExecuted + " migrations applied now)");
            // Start-up work (the persistence unit first, then keys, registrations) finishes before readiness says UP.
            ready.fire(new DatabaseReady(version));
            state.migrated(version);
            LOG.info(() -> "Thirdspace is ready at " + settings.baseUrl());
        } catch (RuntimeException | SQLException e) {
            String reason = describe(e, address);
            state.failed(reason);
            LOG.log(Level.WARNING, "Database not ready, retrying in {0} s: {1}", new Object[] {pauseSeconds, reason});
            scheduler.schedule(this::attempt, pauseSeconds, TimeUnit.SECONDS);
            pauseSeconds = Math.min(MAX_PAUSE_SECONDS, pauseSeconds * 2);
        }
    }

    /**
     * The built-in migrations, then the vendor's, then any extra folders the settings name (a
     * rehearsal of the next release's migrations, see docs/UPGRADES.md). A setting that names a
     * wrong location is refused here, before Flyway touches the database.
     */
    static Flyway flyway(DataSource dataSource, ToolSettings settings, DatabaseAddress address) {
        List<String> locations = new ArrayList<>(List.of(
                "classpath:db/migration", "classpath:db/vendor/" + (address.isPostgres() ? "postgresql" : "h2")));
        locations.addAll(settings.extraMigrationLocations());
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load();
    }

    private void checkReachable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.getMetaData();
        }
    }

    private static String describe(Throwable e, DatabaseAddress address) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return "cannot use database " + address.redactedUrl() + ": " + message.lines().findFirst().orElse(message);
    }
}
