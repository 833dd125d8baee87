package org.thirdspace.community.peergroup;

import org.thirdspace.community.peergroup.formation.Attribute;
import org.thirdspace.community.peergroup.formation.Participant;
import org.thirdspace.community.peergroup.formation.WorkingHours;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a member's custom values (LTI custom parameters, as the roster lists them per member) say
 * for forming peer groups. Keys are read without case and without a {@code custom_} prefix:
 *
 * <ul>
 *   <li>{@code department} (or {@code function}), {@code unit}, {@code region}, {@code employer}:
 *   categorical attributes to diversify;</li>
 *   <li>{@code tenure_band} (or {@code tenure}): a number, e.g. years or a band 1–5;</li>
 *   <li>{@code languages} (or {@code language}): comma- or space-separated;</li>
 *   <li>{@code team};</li>
 *   <li>{@code utc_offset} ({@code +05:30}, {@code -5}) or {@code timezone} (an IANA zone, its offset
 *   at the time of forming), and {@code working_hours} ({@code 08:30-16:30}; nine to five when
 *   absent);</li>
 *   <li>{@code peer_groups}: {@code opt-out}, {@code no} or {@code false} to opt out.</li>
 * </ul>
 *
 * Anything missing or unreadable is unknown, and unknown never blocks a constraint.
 */
public final class GroupingProfile {

    /** The categorical attributes read, in the order they are offered for diversity. */
    public static final List<String> CATEGORIES = List.of("department", "unit", "region", "employer");
    public static final String TENURE = "tenure";

    /** The keys a person's values may carry (an attribute sheet's columns besides the person). */
    public static final List<String> KEYS = List.of("department", "function", "unit", "region", "employer", "tenure_band",
            "tenure", "languages", "language", "team", "utc_offset", "timezone", "working_hours", "peer_groups");
    /** The attributes a programme may diversify. */
    public static final List<String> ATTRIBUTES = List.of("department", "unit", "region", "employer", TENURE);
    static final int MAX_VALUE = 200;

    private static final Pattern OFFSET = Pattern.compile("([+-])?(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    private GroupingProfile() {
    }

    /** The participant a member's custom values describe. */
    public static Participant participant(String id, Map<String, String> custom, Instant now) {
        Map<String, String> values = normalised(custom);
        Participant p = Participant.of(id);
        for (String category : CATEGORIES) {
            String value = category.equals("department") ? first(values, "department", "function") : values.get(category);
            if (value != null) {
                p = p.withCategory(category, value);
            }
        }
        String tenure = first(values, "tenure_band", "tenure");
        if (tenure != null) {
            try {
                p = p.withNumber(TENURE, Double.parseDouble(tenure.strip()));
            } catch (NumberFormatException e) {
                // not a number: unknown
            }
        }
        String languages = first(values, "languages", "language");
        if (languages != null) {
            p = p.withLanguages(Arrays.stream(languages.split("[,;\\s]+")).filter(l -> !l.isBlank())
                    .map(l -> l.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        }
        if (values.get("team") != null) {
            p = p.withTeam(values.get("team"));
        }
        Integer offset = offsetMinutes(values, now);
        if (offset != null) {
            p = p.withHours(hours(values.get("working_hours"), offset));
        }
        String optOut = values.get("peer_groups");
        if (optOut != null && Set.of("opt-out", "optout", "no", "false").contains(optOut.strip().toLowerCase(Locale.ROOT))) {
            p = p.optingOut();
        }
        return p;
    }

    /** The attributes to diversify: those known for at least one of the people, each weighing 1. */
    public static List<Attribute> attributes(List<Participant> people) {
        List<Attribute> attributes = new java.util.ArrayList<>();
        for (String category : CATEGORIES) {
            if (people.stream().anyMatch(p -> p.categories().containsKey(category))) {
                attributes.add(Attribute.categorical(category, 1));
            }
        }
        if (people.stream().anyMatch(p -> p.numbers().containsKey(TENURE))) {
            attributes.add(Attribute.numeric(TENURE, 1));
        }
        return attributes;
    }

    /**
     * Why a value cannot be read for the key, or null when it can: what {@link #participant} would
     * otherwise take for unknown without a word, an upload refuses with its line.
     */
    public static String problem(String key, String value) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(k)) {
            return "unknown attribute " + key + " (known: " + String.join(", ", KEYS) + ")";
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_VALUE) {
            return k + " is longer than " + MAX_VALUE + " characters";
        }
        switch (k) {
            case "tenure", "tenure_band" -> {
                try {
                    double number = Double.parseDouble(v);
                    return Double.isFinite(number) ? null : k + " must be a number";
                } catch (NumberFormatException e) {
                    return k + " must be a number, not " + v;
                }
            }
            case "utc_offset" -> {
                return offsetMinutes(Map.of("utc_offset", v), Instant.EPOCH) == null
                        ? "utc_offset must read like +05:30 or -5, within ±14 hours" : null;
            }
            case "timezone" -> {
                try {
                    ZoneId.of(v);
                    return null;
                } catch (DateTimeException e) {
                    return "timezone " + v + " is not an IANA time zone (e.g. Europe/Paris)";
                }
            }
            case "working_hours" -> {
                Matcher m = HOURS.matcher(v);
                if (!m.matches() || Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) >= 1440
                        || Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4)) > 1440
                        || m.group(1).equals(m.group(3)) && m.group(2).equals(m.group(4))) {
                    return "working_hours must read like 08:30-16:30";
                }
                return null;
            }
            case "peer_groups" -> {
                return Set.of("opt-out", "optout", "no", "false", "opt-in", "optin", "yes", "true")
                        .contains(v.toLowerCase(Locale.ROOT)) ? null : "peer_groups must be opt-in or opt-out";
            }
            default -> {
                return null;
            }
        }
    }

    private static Map<String, String> normalised(Map<String, String> custom) {
        Map<String, String> values = new LinkedHashMap<>();
        custom.forEach((key, value) -> {
            if (key != null && value != null && !value.isBlank()) {
                String k = key.strip().toLowerCase(Locale.ROOT);
                values.put(k.startsWith("custom_") ? k.substring("custom_".length()) : k, value.strip());
            }
        });
        return values;
    }

    private static String first(Map<String, String> values, String... keys) {
        for (String key : keys) {
            if (values.get(key) != null) {
                return values.get(key);
            }
        }
        return null;
    }

    private static Integer offsetMinutes(Map<String, String> values, Instant now) {
        String offset = values.get("utc_offset");
        if (offset != null) {
            Matcher m = OFFSET.matcher(offset.strip());
            if (m.matches()) {
                int minutes = Integer.parseInt(m.group(2)) * 60 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
                minutes = "-".equals(m.group(1)) ? -minutes : minutes;
                if (Math.abs(minutes) <= 14 * 60) {
                    return minutes;
                }
            }
        }
        String zone = values.get("timezone");
        if (zone != null) {
            try {
                return ZoneId.of(zone.strip()).getRules().getOffset(now).getTotalSeconds() / 60;
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static WorkingHours hours(String window, int offset) {
        if (window != null) {
            Matcher m = HOURS.matcher(window.strip());
            if (m.matches()) {
                int start = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
                int end = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
                if (start < 1440 && end <= 1440 && start != end) {
                    return new WorkingHours(offset, start, end);
                }
            }
        }
        return WorkingHours.officeHours(offset);
    }
}
