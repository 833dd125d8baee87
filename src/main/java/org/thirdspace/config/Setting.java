package org.thirdspace.config;

import java.util.Locale;

/**
 * Every setting of the tool, declared once: its MicroProfile Config name, its default and what it
 * means. {@link ToolSettings} reads them; the README's configuration table is checked against this
 * list by a test, so a setting cannot exist undocumented.
 *
 * <p>Each name can also be given as an environment variable, spelled the MicroProfile Config way
 * (upper case, every character that is not a letter or digit replaced by {@code _}).
 */
public enum Setting {
    BASE_URL("thirdspace.base-url", "http://localhost:8080",
            "Public base URL of the tool as browsers and platforms reach it. LTI redirect URIs, the JWKS URL "
                    + "and every link the tool sends out are built from it, never from the Host header."),
    DATA_DIR("thirdspace.data-dir", "./thirdspace-data",
            "Folder for local state: the embedded H2 database and, when no key secret is configured, the generated one."),
    DB_URL("thirdspace.db.url", "",
            "JDBC URL of the database (H2 or PostgreSQL). Empty means the embedded H2 file database under the data folder."),
    DB_USER("thirdspace.db.user", "",
            "Database user."),
    DB_PASSWORD("thirdspace.db.password", "",
            "Database password."),
    KEY_SECRET("thirdspace.keys.secret", "",
            "Secret that encrypts the tool's private keys at rest (AES-256-GCM). Generate one with "
                    + "`openssl rand -base64 32`. Empty: a random secret is created in the data folder on first "
                    + "start (fine for one node; a cluster must share one secret)."),
    ADMIN_TOKEN("thirdspace.admin.token", "",
            "Bootstrap admin credential for automation: send it as `Authorization: Bearer <token>` to the admin API. "
                    + "Empty disables it; there is no default. Use at least 32 random characters."),
    LTI_CONFIG_DIR("thirdspace.lti.config-dir", "lti-config",
            "Folder whose `registrations/*.json` files are loaded at start (idempotent)."),
    PRIVATE_HOSTS_ALLOWED("thirdspace.http.private-hosts-allowed", "",
            "Comma-separated host names that outbound requests (platform key sets, tokens, rosters) may reach "
                    + "although they resolve to loopback or private addresses, and over plain http. Empty in "
                    + "production; the run command allows `localhost` for the built-in LMS emulator."),
    CLOCK_SKEW_SECONDS("thirdspace.lti.clock-skew-seconds", "60",
            "Leeway for `exp` and `iat` of platform tokens (at most 60 per LTI Security Framework practice)."),
    STATE_TTL_SECONDS("thirdspace.lti.state-ttl-seconds", "600",
            "How long an OIDC login may take between initiation and launch."),
    JWKS_REFRESH_SECONDS("thirdspace.lti.jwks.min-refresh-seconds", "10",
            "Minimum interval between two fetches of one platform key set triggered by an unknown `kid`."),
    JWKS_CACHE_SECONDS("thirdspace.lti.jwks.default-cache-seconds", "300",
            "How long a platform key set is cached when its response has no cache headers."),
    FETCH_TIMEOUT_MILLIS("thirdspace.http.timeout-millis", "3000",
            "Connect and read timeout of every outbound HTTP request."),
    FETCH_MAX_BYTES("thirdspace.http.max-bytes", "102400",
            "Size cap of outbound HTTP responses that are read whole (key sets, configurations, tokens)."),
    SESSION_MINUTES("thirdspace.session.minutes", "60",
            "Lifetime of a tool session after a launch; the page renews it while in use, up to the maximum."),
    SESSION_MAX_HOURS("thirdspace.session.max-hours", "12",
            "A session is never renewed past this many hours after its launch."),
    KEY_MIN_PUBLISH_SECONDS("thirdspace.keys.min-publish-seconds", "86400",
            "A new signing key is published in the JWKS at least this long before it may sign, so platforms' "
                    + "caches pick it up first."),
    EMULATOR_ENABLED("thirdspace.emulator.enabled", "false",
            "Serve the built-in LMS emulator at /emulator (the run command turns it on). Never in production.");

    private final String key;
    private final String defaultValue;
    private final String meaning;

    Setting(String key, String defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    /** The environment variable MicroProfile Config maps to this setting. */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
