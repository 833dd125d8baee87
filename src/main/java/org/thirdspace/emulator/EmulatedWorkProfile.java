package org.thirdspace.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the emulated LMS knows of a person's work, sent as custom values in launches (LTI 1.3
 * §5.4.6, {@code custom}) and in the roster's {@code message} (NRPS 2.0 §2.5), as an LMS does
 * with link parameters such as {@code timezone=$Person.address.timezone} that it substitutes per
 * person: {@code department}, {@code region}, {@code timezone} (IANA), {@code languages} and
 * {@code working_hours} (local {@code HH:MM-HH:MM}), the values peer groups are formed and meet by.
 *
 * <p>A realistic mix, the same for the same person on every run: eight departments; four regions
 * (half in Europe, a quarter in the Americas, a fifth in Asia-Pacific, the rest in Africa) over
 * ten time zones; nearly everyone speaks English besides their local language, about one in
 * twelve only their local language; mostly nine to five, some earlier or later days.
 */
final class EmulatedWorkProfile {

    private record Place(String region, String timezone, String language) {
    }

    static final List<String> DEPARTMENTS = List.of("Sales", "Finance", "Engineering", "Operations", "People", "Customer Success",
            "Legal", "Marketing");
    private static final List<Place> EUROPE = List.of(new Place("Europe", "Europe/London", "en"), new Place("Europe", "Europe/Berlin", "de"),
            new Place("Europe", "Europe/Paris", "fr"), new Place("Europe", "Europe/Madrid", "es"));
    private static final List<Place> AMERICAS = List.of(new Place("Americas", "America/New_York", "en"),
            new Place("Americas", "America/Chicago", "en"), new Place("Americas", "America/Sao_Paulo", "pt"));
    private static final List<Place> ASIA_PACIFIC = List.of(new Place("Asia-Pacific", "Asia/Singapore", "zh"),
            new Place("Asia-Pacific", "Asia/Kolkata", "hi"));
    private static final List<Place> AFRICA = List.of(new Place("Africa", "Africa/Johannesburg", "en"));
    private static final List<String> HOURS = List.of("09:00-17:00", "09:00-17:00", "09:00-17:00", "08:00-16:00", "10:00-18:00",
            "07:30-15:30");

    /** Fixed profiles for the directory's people, so that the demo's people are who they seem. */
    private static final Map<String, Map<String, String>> DIRECTORY = Map.of(
            "ada", profile("Operations", AMERICAS.get(0), "en", "09:00-17:00"),
            "ben", profile("Finance", EUROPE.get(0), "en,sv", "08:00-16:00"),
            "chen", profile("Engineering", ASIA_PACIFIC.get(0), "en,zh,fr", "09:00-18:00"),
            "dana", profile("Sales", AMERICAS.get(1), "en,es", "08:00-16:00"),
            "elif", profile("People", EUROPE.get(1), "de,en,tr", "09:00-17:00"),
            "farah", profile("Customer Success", AFRICA.get(0), "en,ar", "08:30-16:30"),
            "grace", profile("People", EUROPE.get(0), "en", "09:00-17:00"),
            "hiro", profile("Engineering", ASIA_PACIFIC.get(0), "en,ja", "09:00-17:00"),
            "ivy", profile("Operations", EUROPE.get(0), "en", "09:00-17:00"));

    private EmulatedWorkProfile() {
    }

    /** The custom values of a member of a course: a directory person, or generated member {@code mN}. */
    static Map<String, String> of(String courseId, String key) {
        Map<String, String> known = DIRECTORY.get(key);
        if (known != null) {
            return known;
        }
        // Seeded by course and member, with String's specified hash: the same on every JVM.
        SplittableRandom random = new SplittableRandom((courseId + "/" + key).hashCode() * 0x9E3779B97F4A7C15L);
        int r = random.nextInt(100);
        List<Place> region = r < 50 ? EUROPE : r < 75 ? AMERICAS : r < 95 ? ASIA_PACIFIC : AFRICA;
        Place place = region.get(random.nextInt(region.size()));
        String languages = place.language().equals("en") || random.nextInt(12) == 0 ? place.language() : place.language() + ",en";
        return profile(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())), place, languages, HOURS.get(random.nextInt(HOURS.size())));
    }

    private static Map<String, String> profile(String department, Place place, String languages, String hours) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("department", department);
        values.put("region", place.region());
        values.put("timezone", place.timezone());
        values.put("languages", languages);
        values.put("working_hours", hours);
        return Map.copyOf(values);
    }
}
