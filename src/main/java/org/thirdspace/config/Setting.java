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
    DB_EXTRA_MIGRATION_LOCATIONS("thirdspace.db.extra-migration-locations", "",
            "Comma-separated `filesystem:` folders of further Flyway migrations, applied after the built-in ones: for "
                    + "rehearsing an upgrade and for tests (docs/UPGRADES.md). Empty in production."),
    DB_COUNT_ROUND_TRIPS("thirdspace.db.count-round-trips", "false",
            "Tests only: every response says in `Thirdspace-Round-Trips` how many statements and commits the request "
                    + "sent to the database, and in `Thirdspace-Round-Trip-Statements` which. Off in production."),
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
    LOGIN_PURGE_SECONDS("thirdspace.lti.login-purge-seconds", "300",
            "How often each node deletes the OIDC logins and LTI 1.1 nonces that can no longer be used nor replayed."),
    DYNAMIC_REGISTRATION_APPROVED("thirdspace.lti.dynamic-registration.approved", "false",
            "Whether a platform registered by LTI Dynamic Registration may launch at once. false: it waits as pending "
                    + "until the operator approves it in the console."),
    DYNAMIC_REGISTRATION_PER_HOUR("thirdspace.lti.dynamic-registration.per-hour", "30",
            "Most LTI Dynamic Registration attempts (`/lti/register`, each of which fetches a platform's configuration) the "
                    + "installation accepts in an hour, whoever sends them; more are refused with 429 and Retry-After, and nothing "
                    + "is fetched or stored. Counted in the database, so the limit holds across the nodes of a cluster. 0: no limit."),
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
            "Serve the built-in LMS emulator at /emulator (the run command turns it on). Never in production."),
    EMULATOR_ROSTER_SIZE("thirdspace.emulator.roster-size", "0",
            "Generated learners the emulator adds to the roster of its *Onboarding Essentials* course, to see a large "
                    + "roster sync (the run command sets 10000). Courses can be resized later through the emulator's page."),
    EMULATOR_MAIL_SINK_PORT("thirdspace.emulator.mail-sink-port", "0",
            "With the emulator on, a port on 127.0.0.1 where an embedded SMTP server (GreenMail) keeps every message the "
                    + "tool sends, listed on the emulator's *Mail sent* page (the run command sets 2525 and points the SMTP "
                    + "settings at it). 0: no sink."),
    MAIL_SMTP_HOST("thirdspace.mail.smtp.host", "",
            "SMTP server that e-mail digests go through. Empty: no e-mail is sent at all (digests are off)."),
    MAIL_SMTP_PORT("thirdspace.mail.smtp.port", "587",
            "Port of the SMTP server."),
    MAIL_SMTP_TLS("thirdspace.mail.smtp.tls", "starttls",
            "`starttls` (required STARTTLS upgrade, port 587), `tls` (TLS from the first byte, port 465) or `none` "
                    + "(plain; only for a server on the same machine, as the run command's sink)."),
    MAIL_SMTP_USER("thirdspace.mail.smtp.user", "",
            "SMTP user name; empty: no authentication."),
    MAIL_SMTP_PASSWORD("thirdspace.mail.smtp.password", "",
            "SMTP password."),
    MAIL_FROM("thirdspace.mail.from", "",
            "Sender of the tool's e-mail, e.g. `Thirdspace <community@example.com>`. Empty: `Thirdspace <no-reply@HOST>` "
                    + "with the host of the public base URL."),
    MAIL_TIMEOUT_MILLIS("thirdspace.mail.timeout-millis", "10000",
            "Connect, read and write timeout of the SMTP connection."),
    DIGEST_DEFAULT("thirdspace.digest.default-frequency", "weekly",
            "Digest frequency of people who did not choose one: `weekly`, `daily` or `off`, unless their organisation "
                    + "chose its own default in the console. Each person changes theirs "
                    + "on their own card; people whose LMS shares no e-mail address get none."),
    DIGEST_DAY_SECONDS("thirdspace.digest.day-seconds", "86400",
            "Length of a digest day: a daily digest covers one, a weekly digest seven. The run command shortens it to "
                    + "60 so that a newcomer sees digests within minutes; tests shorten it further."),
    DIGEST_TICK_SECONDS("thirdspace.digest.tick-seconds", "300",
            "How often each node looks for digests that are due (one node at a time sends them, under a database "
                    + "lease). 0 turns digests off on this node."),
    DIGEST_RETRY_SECONDS("thirdspace.digest.retry-seconds", "60",
            "Wait before a failed digest is sent again; it doubles with each failure of the same digest, up to a day."),
    DIGEST_LEASE_SECONDS("thirdspace.digest.lease-seconds", "120",
            "How long a node may hold the digest run without showing progress; another node takes over after this."),
    DIGEST_SENDERS("thirdspace.digest.senders", "2",
            "Digests one node sends at the same time during a run, each over its own database transaction and SMTP "
                    + "connection (1-8)."),
    HEALTH_CACHE_SECONDS("thirdspace.health.cache-seconds", "600",
            "How long a community-health view is served as computed before it is computed again. The views asked for "
                    + "in the last week are computed again in the background before then, so they answer at once. 0: "
                    + "computed on every request."),
    ROSTER_STALE_MINUTES("thirdspace.roster.stale-after-minutes", "1440",
            "A launch starts a roster sync of its course when the last successful one is older than this "
                    + "(or there was none). 0: launches never start one."),
    ROSTER_SCHEDULE_SECONDS("thirdspace.roster.schedule-seconds", "21600",
            "How often each course roster is synced on a schedule (one node of a cluster runs a given course's sync; "
                    + "a course whose sync failed is tried again after the same interval). 0 turns the schedule off."),
    SYNTHESIS_SCHEDULE_SECONDS("thirdspace.synthesis.schedule-seconds", "3600",
            "How often each node looks whether last week's syntheses are drafted; when not, the node holding the week's "
                    + "lease drafts one for every space with a synthesizer. 0 turns the weekly drafts off (synthesizers still draft on demand)."),
    ROSTER_LEASE_SECONDS("thirdspace.roster.lease-seconds", "120",
            "How long a node may hold a course's sync without showing progress; a sync whose node stops renewing "
                    + "it may be taken over after this."),
    GRADES_TICK_SECONDS("thirdspace.grades.tick-seconds", "5",
            "How often each node looks for participation grades to recompute and sends waiting scores to the LMS (one "
                    + "node of a cluster sends a given score; failed ones wait longer after each attempt). A link is recomputed "
                    + "when its space's posts, its course's memberships or its setting changed, when its period ended, and at "
                    + "least hourly. 0 turns grade delivery off."),
    ROSTER_MAX_PAGES("thirdspace.roster.max-pages", "2000",
            "Most pages one roster or groups listing may have; longer listings stop there and change nothing they "
                    + "did not read."),
    ROSTER_LINK_LEVEL("thirdspace.roster.link-level", "false",
            "Ask the roster for the members of one resource link (NRPS `rlid`: the first launched link the platform still knows) instead of "
                    + "the whole course, so that members carry that link's custom values. A link-level listing never takes "
                    + "anyone's access away, and a link the platform no longer knows falls back to the course's roster."),
    ROSTER_PAGE_LIMIT("thirdspace.roster.page-limit", "1000",
            "Members asked for per roster page (NRPS `limit`); platforms may send fewer (Canvas: 50)."),
    ROSTER_PAGE_MAX_BYTES("thirdspace.roster.page-max-bytes", "8388608",
            "Size cap of one roster or groups page. Pages are read and applied one at a time, so memory stays "
                    + "flat however large the course."),
    RETENTION_DORMANT_AFTER("thirdspace.retention.dormant-after", "",
            "Erase the personal data of people who have not launched for this long (an ISO-8601 period or duration, "
                    + "e.g. `P24M` for 24 months): as the admin's erasure does, their posts stay under \"A former member\". "
                    + "Checked hourly. Empty: never."),
    REPORT_THRESHOLD("thirdspace.safety.report-threshold", "3",
            "Distinct members whose reports hide a post until a moderator reviews it, unless their organisation chose "
                    + "its own threshold (1 to 50) in the console. 0: reports never hide a post by themselves."),
    POSTS_PER_MINUTE("thirdspace.safety.posts-per-minute", "10",
            "Most threads and replies one person may write in a minute; more are refused with 429 and Retry-After. "
                    + "Counted from the database, so the limit holds across the nodes of a cluster. 0: no limit."),
    REPORTS_PER_HOUR("thirdspace.safety.reports-per-hour", "20",
            "Most reports one person may make in an hour; more are refused with 429 and Retry-After. 0: no limit.");

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
