package org.thirdspace.database;

import org.thirdspace.config.ToolSettings;

/** Where the database is and who to log in as. */
public record DatabaseAddress(String url, String user, String password) {

    public static DatabaseAddress from(ToolSettings settings) {
        return new DatabaseAddress(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
    }

    public String redactedUrl() {
        return ConfiguredDataSource.redact(url);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
