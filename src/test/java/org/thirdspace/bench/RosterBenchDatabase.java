package org.thirdspace.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * A fresh PostgreSQL database for one benchmark run, dropped afterwards. Only the roster
 * benchmark uses this one; names start with {@code roster_bench_}.
 */
final class RosterBenchDatabase implements AutoCloseable {

    private final String base;
    private final String user;
    private final String name;

    private RosterBenchDatabase(String base, String user, String name) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.user = user;
        this.name = name;
    }

    static RosterBenchDatabase create(String base, String user) throws SQLException {
        RosterBenchDatabase database = new RosterBenchDatabase(base, user, "roster_bench_" + Instant.now().getEpochSecond());
        database.admin("create database " + database.name);
        String slow = System.getProperty("thirdspace.bench.pg.log-slow-ms", "");
        if (!slow.isBlank()) {
            // Diagnosis: PostgreSQL logs this database's statements slower than this.
            database.admin("alter database " + database.name + " set log_min_duration_statement = " + Integer.parseInt(slow));
            // …with their plans.
            database.admin("alter database " + database.name + " set session_preload_libraries = 'auto_explain'");
            database.admin("alter database " + database.name + " set auto_explain.log_min_duration = " + Integer.parseInt(slow));
        }
        return database;
    }

    String url() {
        return base + name;
    }

    String user() {
        return user;
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(base + "postgres", user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        admin("drop database if exists " + name);
    }
}
