package org.thirdspace.database;

/**
 * CDI event fired once the schema is migrated. Start-up work that needs the database (tool keys,
 * registrations from files, the emulator's platform) observes it instead of running at deploy time,
 * so that a database that comes up late is simply waited for. Readiness turns UP only after every
 * observer has finished; an observer that fails makes readiness DOWN with its reason, and the whole
 * start-up is retried.
 */
public record DatabaseReady(String schemaVersion) {
}
