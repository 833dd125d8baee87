package org.thirdspace.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A fresh PostgreSQL database for one benchmark run, dropped afterwards. */
final class BenchDatabase implements AutoCloseable {

    private final String server;
    private final String user;
    private final String name;

    private BenchDatabase(String server, String user, String name) {
        this.server = server;
        this.user = user;
        this.name = name;
    }

    static BenchDatabase create(String prefix) throws SQLException {
        String server = System.getProperty("thirdspace.bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("thirdspace.bench.pg.user", "postgres");
        String name = prefix + "_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, "")) {
            connection.createStatement().execute("create database " + name);
        }
        return new BenchDatabase(server, user, name);
    }

    String url() {
        return server + name;
    }

    String user() {
        return user;
    }

    /** With {@code -Dthirdspace.bench.keep=true} the database stays, to look at query plans afterwards. */
    @Override
    public void close() throws SQLException {
        if (Boolean.getBoolean("thirdspace.bench.keep")) {
            System.out.println("kept benchmark database " + name);
            return;
        }
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, "")) {
            connection.createStatement().execute("drop database if exists " + name + " with (force)");
        }
    }
}
