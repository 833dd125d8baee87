package org.thirdspace.persistence;

/**
 * CDI event fired once the schema is migrated. Start-up work that needs the database (tool keys,
 * registrations from files, the emulator's platform) observes it instead of running at deploy time,
 * so that a database that comes up late is simply waited for.
 */
public record DatabaseReady(String schemaVersion) {
}
