package org.thirdspace.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.thirdspace.community.moderation.RateLimit;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The typed view of {@link Setting}s, read once from MicroProfile Config (system properties,
 * environment variables, {@code META-INF/microprofile-config.properties}).
 */
@ApplicationScoped
public class ToolSettings {

    private final Map<Setting, String> values = new EnumMap<>(Setting.class);

    public ToolSettings() {
        this(ConfigProvider.getConfig(ToolSettings.class.getClassLoader()));
    }

    ToolSettings(Config config) {
        for (Setting setting : Setting.values()) {
            values.put(setting, config.getOptionalValue(setting.key(), String.class)
                    .map(String::trim)
                    .orElse(setting.defaultValue()));
        }
    }

    /** For code that is not managed by CDI (the container creates the data source). */
    public static ToolSettings current() {
        return new ToolSettings();
    }

    /** Settings from a plain map, for tests; everything else takes its default. */
    public static ToolSettings of(Map<Setting, String> overrides) {
        ToolSettings settings = new ToolSettings(new MapConfig(overrides));
        return settings;
    }

    public String raw(Setting setting) {
        return values.get(setting);
    }

    public URI baseUrl() {
        String url = raw(Setting.BASE_URL);
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** An absolute URL under the public base URL; {@code path} starts with a slash. */
    public String url(String path) {
        return baseUrl() + path;
    }

    public Path dataDir() {
        return Path.of(raw(Setting.DATA_DIR)).toAbsolutePath().normalize();
    }

    public String databaseUrl() {
        String url = raw(Setting.DB_URL);
        if (!url.isEmpty()) {
            return url;
        }
        // PostgreSQL compatibility mode with lower-case identifiers, so that the same migrations
        // produce the same catalogue on both databases.
        return "jdbc:h2:file:" + dataDir().resolve("db").resolve("thirdspace")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    public String databaseUser() {
        return raw(Setting.DB_USER);
    }

    public String databasePassword() {
        return raw(Setting.DB_PASSWORD);
    }

    /**
     * Folders of migrations beyond the ones the application carries, as Flyway locations. Only
     * {@code filesystem:} folders: the built-in migrations are on the class path already, and an
     * extra location names something the operator put next to the application.
     */
    public List<String> extraMigrationLocations() {
        List<String> locations = Arrays.stream(raw(Setting.DB_EXTRA_MIGRATION_LOCATIONS).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String location : locations) {
            if (!location.startsWith("filesystem:") || location.length() == "filesystem:".length()) {
                throw new IllegalStateException(Setting.DB_EXTRA_MIGRATION_LOCATIONS.key()
                        + " accepts only folders written filesystem:/path/to/folder, not: " + location);
            }
        }
        return locations;
    }

    public String keySecret() {
        return raw(Setting.KEY_SECRET);
    }

    public String adminToken() {
        return raw(Setting.ADMIN_TOKEN);
    }

    public Path ltiConfigDir() {
        return Path.of(raw(Setting.LTI_CONFIG_DIR)).toAbsolutePath().normalize();
    }

    /** Hosts (lower case) that outbound requests may reach on private addresses; development only. */
    public Set<String> privateHostsAllowed() {
        return Arrays.stream(raw(Setting.PRIVATE_HOSTS_ALLOWED).split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Dynamic registrations launch at once only when this is on (LTI.md negative test 18: pending by default). */
    /** Dynamic Registration attempts of the whole installation in a sliding hour (they cause outbound requests). */
    public RateLimit dynamicRegistrationLimit() {
        return new RateLimit(Math.max(0, Integer.parseInt(raw(Setting.DYNAMIC_REGISTRATION_PER_HOUR))), Duration.ofHours(1));
    }

    public boolean dynamicRegistrationApproved() {
        return Boolean.parseBoolean(raw(Setting.DYNAMIC_REGISTRATION_APPROVED));
    }

    public Duration clockSkew() {
        return Duration.ofSeconds(Math.min(60, Long.parseLong(raw(Setting.CLOCK_SKEW_SECONDS))));
    }

    public Duration stateTtl() {
        return Duration.ofSeconds(Long.parseLong(raw(Setting.STATE_TTL_SECONDS)));
    }

    public Duration loginPurge() {
        return Duration.ofSeconds(Math.max(1, Long.parseLong(raw(Setting.LOGIN_PURGE_SECONDS))));
    }

    public Duration jwksMinRefresh() {
        return Duration.ofSeconds(Long.parseLong(raw(Setting.JWKS_REFRESH_SECONDS)));
    }

    public Duration jwksDefaultCache() {
        return Duration.ofSeconds(Long.parseLong(raw(Setting.JWKS_CACHE_SECONDS)));
    }

    public Duration fetchTimeout() {
        return Duration.ofMillis(Long.parseLong(raw(Setting.FETCH_TIMEOUT_MILLIS)));
    }

    public int fetchMaxBytes() {
        return Integer.parseInt(raw(Setting.FETCH_MAX_BYTES));
    }

    public Duration sessionLifetime() {
        return Duration.ofMinutes(Long.parseLong(raw(Setting.SESSION_MINUTES)));
    }

    public Duration sessionMaxAge() {
        return Duration.ofHours(Long.parseLong(raw(Setting.SESSION_MAX_HOURS)));
    }

    public Duration keyMinPublish() {
        return Duration.ofSeconds(Long.parseLong(raw(Setting.KEY_MIN_PUBLISH_SECONDS)));
    }

    /** Tests only: responses say how many database round trips they took (see {@code database.RoundTrips}). */
    public boolean countsRoundTrips() {
        return Boolean.parseBoolean(raw(Setting.DB_COUNT_ROUND_TRIPS));
    }

    public boolean emulatorEnabled() {
        return Boolean.parseBoolean(raw(Setting.EMULATOR_ENABLED));
    }

    public int emulatorRosterSize() {
        return Math.max(0, Integer.parseInt(raw(Setting.EMULATOR_ROSTER_SIZE)));
    }

    /**
     * How long without a launch makes a person dormant, for the retention setting: a period
     * ({@code P24M}, counted in calendar months) or a duration ({@code PT12H}); empty when off.
     */
    public Optional<TemporalAmount> retentionDormantAfter() {
        String value = raw(Setting.RETENTION_DORMANT_AFTER).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.toUpperCase(Locale.ROOT).contains("T") ? Duration.parse(value) : Period.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(Setting.RETENTION_DORMANT_AFTER.key()
                    + " is not an ISO-8601 period or duration (e.g. P24M): " + value, e);
        }
    }

    /** Zero when launches never start a sync. */
    public Duration rosterStaleAfter() {
        return Duration.ofMinutes(Math.max(0, Long.parseLong(raw(Setting.ROSTER_STALE_MINUTES))));
    }

    /** Zero when the schedule is off. */
    public Duration rosterSchedule() {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(raw(Setting.ROSTER_SCHEDULE_SECONDS))));
    }

    public Duration gradesTick() {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(raw(Setting.GRADES_TICK_SECONDS))));
    }

    public Duration synthesisSchedule() {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(raw(Setting.SYNTHESIS_SCHEDULE_SECONDS))));
    }

    public Duration rosterLease() {
        return Duration.ofSeconds(Math.max(5, Long.parseLong(raw(Setting.ROSTER_LEASE_SECONDS))));
    }

    public int rosterMaxPages() {
        return Math.max(1, Integer.parseInt(raw(Setting.ROSTER_MAX_PAGES)));
    }

    public boolean rosterLinkLevel() {
        return Boolean.parseBoolean(raw(Setting.ROSTER_LINK_LEVEL));
    }

    public int rosterPageLimit() {
        return Math.max(1, Integer.parseInt(raw(Setting.ROSTER_PAGE_LIMIT)));
    }

    public int rosterPageMaxBytes() {
        return Math.max(1024, Integer.parseInt(raw(Setting.ROSTER_PAGE_MAX_BYTES)));
    }

    public int reportThreshold() {
        return Math.max(0, Integer.parseInt(raw(Setting.REPORT_THRESHOLD)));
    }

    public RateLimit postingLimit() {
        return new RateLimit(Math.max(0, Integer.parseInt(raw(Setting.POSTS_PER_MINUTE))),
                Duration.ofMinutes(1));
    }

    public RateLimit reportingLimit() {
        return new RateLimit(Math.max(0, Integer.parseInt(raw(Setting.REPORTS_PER_HOUR))),
                Duration.ofHours(1));
    }

    /** Zero when there is no sink. */
    public int emulatorMailSinkPort() {
        return Math.max(0, Integer.parseInt(raw(Setting.EMULATOR_MAIL_SINK_PORT)));
    }

    /** Whether the tool may send e-mail at all: only to a configured SMTP server. */
    public boolean mailEnabled() {
        return !raw(Setting.MAIL_SMTP_HOST).isEmpty();
    }

    public String smtpHost() {
        return raw(Setting.MAIL_SMTP_HOST);
    }

    public int smtpPort() {
        return Integer.parseInt(raw(Setting.MAIL_SMTP_PORT));
    }

    /** {@code starttls}, {@code tls} or {@code none}; anything else is taken as the safe default. */
    public String smtpTls() {
        String tls = raw(Setting.MAIL_SMTP_TLS).toLowerCase(Locale.ROOT);
        return tls.equals("tls") || tls.equals("none") ? tls : "starttls";
    }

    public String smtpUser() {
        return raw(Setting.MAIL_SMTP_USER);
    }

    public String smtpPassword() {
        return raw(Setting.MAIL_SMTP_PASSWORD);
    }

    public String mailFrom() {
        String from = raw(Setting.MAIL_FROM);
        return from.isEmpty() ? "Thirdspace <no-reply@" + baseUrl().getHost() + ">" : from;
    }

    public Duration mailTimeout() {
        return Duration.ofMillis(Math.max(100, Long.parseLong(raw(Setting.MAIL_TIMEOUT_MILLIS))));
    }

    public String digestDefault() {
        return raw(Setting.DIGEST_DEFAULT).toUpperCase(Locale.ROOT);
    }

    public Duration digestDay() {
        return Duration.ofSeconds(Math.max(1, Long.parseLong(raw(Setting.DIGEST_DAY_SECONDS))));
    }

    /** Zero when this node sends no digests. */
    public Duration digestTick() {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(raw(Setting.DIGEST_TICK_SECONDS))));
    }

    public Duration digestRetry() {
        return Duration.ofSeconds(Math.max(1, Long.parseLong(raw(Setting.DIGEST_RETRY_SECONDS))));
    }

    public Duration digestLease() {
        return Duration.ofSeconds(Math.max(2, Long.parseLong(raw(Setting.DIGEST_LEASE_SECONDS))));
    }

    public Duration healthCache() {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(raw(Setting.HEALTH_CACHE_SECONDS))));
    }

    public int digestSenders() {
        return Math.max(1, Math.min(8, Integer.parseInt(raw(Setting.DIGEST_SENDERS))));
    }
}
