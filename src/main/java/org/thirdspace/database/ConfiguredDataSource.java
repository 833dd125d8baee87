package org.thirdspace.database;

import org.thirdspace.config.ToolSettings;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The physical connection factory behind the container's connection pool (see
 * {@link DatabaseDefinition}). It reads URL, user and password from {@link ToolSettings}, so that
 * switching between the embedded H2 database and PostgreSQL is configuration only: the driver is
 * chosen by the URL.
 */
public class ConfiguredDataSource implements DataSource {

    /** Drivers bundled with the application, asked in order whether they accept the URL. */
    private static final List<Driver> DRIVERS = List.of(new org.h2.Driver(), new org.postgresql.Driver());
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final ToolSettings settings = ToolSettings.current();
    private final DatabaseAddress address = DatabaseAddress.from(settings);
    private final boolean countRoundTrips = settings.countsRoundTrips();
    private int loginTimeout = CONNECT_TIMEOUT_SECONDS;

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = connect(address);
        return countRoundTrips ? RoundTrips.counting(connection) : connection;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    /** Opens one connection without a pool, for start-up checks and migrations outside the container. */
    public static Connection connect(DatabaseAddress address) throws SQLException {
        Driver driver = driverFor(address.url());
        Properties properties = new Properties();
        if (!address.user().isEmpty()) {
            properties.setProperty("user", address.user());
            properties.setProperty("password", address.password());
        }
        if (address.url().startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("ApplicationName", "thirdspace");
            // Send untyped nulls and strings, so that PostgreSQL infers the column's type (a null
            // bound for a nullable uuid column would otherwise arrive typed as varchar).
            properties.setProperty("stringtype", "unspecified");
            // Plan every execution of a prepared statement with its actual parameters. A generic
            // plan cached while a table was nearly empty (a new tenant, a roster being imported)
            // keeps scanning a whole organisation's rows once the table has grown, and tenants
            // differ by orders of magnitude in size: one plan does not fit them all.
            properties.setProperty("options", "-c plan_cache_mode=force_custom_plan");
            // Batched inserts (EclipseLink batch writing) go as multi-row inserts: a roster page of
            // a thousand members is a few statements, not thousands of round trips.
            properties.setProperty("reWriteBatchedInserts", "true");
            // Errors say which constraint failed, never the row: without this the driver puts the
            // statement's values and the server's "Key (…)=(…)" detail (names, e-mail addresses,
            // LMS user ids) into exception messages, and so into the log.
            properties.setProperty("logServerErrorDetail", "false");
        }
        Connection connection = driver.connect(address.url(), properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + address.redactedUrl());
        }
        return connection;
    }

    static Driver driverFor(String url) throws SQLException {
        for (Driver driver : DRIVERS) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("No bundled JDBC driver accepts the database URL '" + redact(url)
                + "'; use jdbc:h2:... or jdbc:postgresql://host:port/database");
    }

    static String redact(String url) {
        // Passwords may be given in the URL query (PostgreSQL) or as ;PASSWORD= (H2).
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The pool logs; this factory has nothing of its own to say.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
