package org.thirdspace.community.peergroup.formation;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person to be grouped, with what is known about them. Anything may be unknown: a missing
 * attribute value, no languages, no team, no working hours. Unknown never counts as a difference
 * (see {@code docs/PEER-GROUPS.md}) and never blocks a constraint.
 *
 * @param categories categorical attribute values by attribute name (department, unit, region, …)
 * @param numbers    numeric attribute values by attribute name (tenure band, UTC offset, …)
 * @param languages  languages the person can take part in; empty when unknown
 * @param team       the person's team when known, else null
 * @param hours      the person's working hours when known, else null
 * @param optedOut   the person asked not to be placed in a group
 */
public record Participant(String id, Map<String, String> categories, Map<String, Double> numbers, Set<String> languages,
                          String team, WorkingHours hours, boolean optedOut) {

    public Participant {
        Objects.requireNonNull(id, "id");
        categories = Map.copyOf(categories == null ? Map.of() : categories);
        numbers = Map.copyOf(numbers == null ? Map.of() : numbers);
        languages = Set.copyOf(languages == null ? Set.of() : languages);
    }

    /** Someone known only by id. */
    public static Participant of(String id) {
        return new Participant(id, Map.of(), Map.of(), Set.of(), null, null, false);
    }

    public Participant withCategory(String attribute, String value) {
        Map<String, String> copy = new java.util.HashMap<>(categories);
        copy.put(attribute, value);
        return new Participant(id, copy, numbers, languages, team, hours, optedOut);
    }

    public Participant withNumber(String attribute, double value) {
        Map<String, Double> copy = new java.util.HashMap<>(numbers);
        copy.put(attribute, value);
        return new Participant(id, categories, copy, languages, team, hours, optedOut);
    }

    public Participant withLanguages(Set<String> value) {
        return new Participant(id, categories, numbers, value, team, hours, optedOut);
    }

    public Participant withTeam(String value) {
        return new Participant(id, categories, numbers, languages, value, hours, optedOut);
    }

    public Participant withHours(WorkingHours value) {
        return new Participant(id, categories, numbers, languages, team, value, optedOut);
    }

    public Participant optingOut() {
        return new Participant(id, categories, numbers, languages, team, hours, true);
    }
}
