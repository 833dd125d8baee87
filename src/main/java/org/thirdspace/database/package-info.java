/**
 * The database's bootstrap: the container's data source over the configured JDBC settings, the
 * Flyway migrations applied at start-up (with retries while the database is unreachable), and what
 * this node knows of its database ({@code DatabaseState}, the {@code DatabaseReady} event that
 * start-up work waits for). No repository lives here: JPA and SQL are in {@code persistence}.
 */
package org.thirdspace.database;
