package org.thirdspace.database;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * What this node knows about its database: whether the migrations have been applied and, if not,
 * why. Readiness reports it and the request gate refuses work until the schema is in place.
 */
@ApplicationScoped
public class DatabaseState {

    private volatile boolean migrated;
    private volatile String schemaVersion = "none";
    private volatile String problem = "migrations have not run yet";
    private volatile Instant lastAttempt;
    private volatile int failedAttempts;

    void migrated(String version) {
        this.schemaVersion = version;
        this.problem = null;
        this.lastAttempt = Instant.now();
        this.migrated = true;
    }

    void failed(String reason) {
        this.problem = reason;
        this.lastAttempt = Instant.now();
        this.failedAttempts++;
    }

    public boolean isMigrated() {
        return migrated;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** Why the database is not usable, or null. */
    public String problem() {
        return problem;
    }

    public Instant lastAttempt() {
        return lastAttempt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }
}
