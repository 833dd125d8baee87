package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.peergroup.GroupingProfile;
import org.thirdspace.community.peergroup.formation.GroupSize;
import org.thirdspace.community.peergroup.formation.HardConstraints;
import org.thirdspace.community.peergroup.programme.Cadence;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.ProgrammeTrigger;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A space's peer-group programme settings, for its facilitators: shown (the defaults until they are
 * saved) and saved whole. Every field is checked before anything is written.
 */
@ApplicationScoped
public class ConfigureProgramme {

    static final int LARGEST_GROUP = 20;
    static final int MOST_PROMPTS = 10;
    static final int LONGEST_PROMPT = 300;
    static final int MOST_PAIRS = 100;

    private ProgrammeAccess access;
    private Programmes programmes;
    private Spaces spaces;

    protected ConfigureProgramme() {
    }

    @Inject
    public ConfigureProgramme(ProgrammeAccess access, Programmes programmes, Spaces spaces) {
        this.access = access;
        this.programmes = programmes;
        this.spaces = spaces;
    }

    /** The settings; null fields keep their default (or, for an existing programme, are the defaults). */
    public record Settings(List<UUID> courseIds, Integer groupSize, Integer minSize, Integer maxSize, Integer viableSize,
                           Map<String, Double> attributes, Boolean sharedLanguage, Integer overlapHours, Boolean teamsApart,
                           List<List<UUID>> neverTogether, String trigger, String cadence, List<String> starterPrompts) {
    }

    /** The settings, whether they were saved, and what may be chosen. */
    public record ProgrammeView(UUID id, boolean saved, Settings settings, List<UUID> linkedCourses,
                                List<String> attributesOffered, List<String> triggers, List<String> cadences) {
    }

    @Transactional
    public ProgrammeView show(Actor actor, UUID spaceId) {
        access.facilitator(actor, spaceId);
        List<UUID> linked = spaces.linkedCourses(spaceId);
        return programmes.ofSpace(spaceId).map(p -> view(p, true, linked))
                .orElseGet(() -> view(defaults(spaceId, linked), false, linked));
    }

    @Transactional
    public ProgrammeView save(Actor actor, UUID spaceId, Settings request, Instant now) {
        access.facilitator(actor, spaceId);
        if (request == null) {
            throw new InvalidRequest("settings", "the programme's settings are required");
        }
        List<UUID> linked = spaces.linkedCourses(spaceId);
        UUID id = programmes.ofSpace(spaceId).map(Programme::id).orElseGet(TimeOrderedUuid::next);
        Programme defaults = defaults(spaceId, linked);

        List<UUID> courses = request.courseIds() == null ? linked : List.copyOf(request.courseIds());
        if (courses.isEmpty()) {
            throw new InvalidRequest("courseIds", "a programme forms groups from at least one course linked to the space");
        }
        for (UUID course : courses) {
            if (course == null || !linked.contains(course)) {
                throw new InvalidRequest("courseIds", "a programme's courses must be courses linked to the space");
            }
        }
        int target = orDefault(request.groupSize(), 6);
        int min = orDefault(request.minSize(), Math.max(2, Math.min(target, target - 1)));
        int max = orDefault(request.maxSize(), target + 1);
        if (min < 2 || target < min || max < target || max > LARGEST_GROUP) {
            throw new InvalidRequest("groupSize", "group sizes must satisfy 2 <= minSize <= groupSize <= maxSize <= "
                    + LARGEST_GROUP);
        }
        int viable = orDefault(request.viableSize(), Math.min(Programme.DEFAULT_VIABLE_SIZE, min));
        if (viable < 2 || viable > min) {
            throw new InvalidRequest("viableSize", "the viable size must be between 2 and minSize");
        }
        Map<String, Double> attributes = new LinkedHashMap<>();
        if (request.attributes() == null) {
            attributes.putAll(defaults.attributes());
        } else {
            for (Map.Entry<String, Double> e : request.attributes().entrySet()) {
                String name = e.getKey() == null ? "" : e.getKey().strip().toLowerCase(Locale.ROOT);
                if (!GroupingProfile.ATTRIBUTES.contains(name)) {
                    throw new InvalidRequest("attributes", "unknown attribute " + e.getKey() + "; groups can be diverse in "
                            + String.join(", ", GroupingProfile.ATTRIBUTES));
                }
                Double weight = e.getValue();
                if (weight == null || !(weight >= 0) || weight > 10) {
                    throw new InvalidRequest("attributes", "the weight of " + name + " must be a number from 0 to 10");
                }
                attributes.put(name, weight);
            }
        }
        int overlap = orDefault(request.overlapHours(), 2);
        if (overlap < 0 || overlap > 12) {
            throw new InvalidRequest("overlapHours", "the working-time overlap must be 0 to 12 hours");
        }
        List<HardConstraints.Pair> never = new ArrayList<>();
        List<List<UUID>> pairs = request.neverTogether() == null ? List.of() : request.neverTogether();
        if (pairs.size() > MOST_PAIRS) {
            throw new InvalidRequest("neverTogether", "at most " + MOST_PAIRS + " pairs can be kept apart");
        }
        for (List<UUID> pair : pairs) {
            if (pair == null || pair.size() != 2 || pair.contains(null) || pair.get(0).equals(pair.get(1))) {
                throw new InvalidRequest("neverTogether", "each pair kept apart names two different people");
            }
            if (spaces.memberships(spaceId, pair).size() != 2) {
                throw new InvalidRequest("neverTogether", "the people kept apart must be members of the space");
            }
            never.add(new HardConstraints.Pair(pair.get(0).toString(), pair.get(1).toString()));
        }
        ProgrammeTrigger trigger = named(ProgrammeTrigger.class, "trigger", request.trigger(), ProgrammeTrigger.COURSE_END);
        Cadence cadence = named(Cadence.class, "cadence", request.cadence(), Cadence.MONTHLY);
        List<String> prompts = request.starterPrompts() == null ? defaults.starterPrompts() : request.starterPrompts();
        if (prompts.size() > MOST_PROMPTS) {
            throw new InvalidRequest("starterPrompts", "at most " + MOST_PROMPTS + " starter prompts");
        }
        for (String prompt : prompts) {
            if (prompt == null || prompt.isBlank() || prompt.strip().length() > LONGEST_PROMPT) {
                throw new InvalidRequest("starterPrompts", "each starter prompt has 1 to " + LONGEST_PROMPT + " characters");
            }
        }
        Programme programme = new Programme(id, spaceId, courses, new GroupSize(target, min, max), viable, attributes,
                request.sharedLanguage() == null || request.sharedLanguage(), overlap,
                request.teamsApart() == null || request.teamsApart(), never, trigger, cadence,
                prompts.stream().map(String::strip).toList());
        programmes.save(programme, actor.personId(), now);
        return view(programme, true, linked);
    }

    private static Programme defaults(UUID spaceId, List<UUID> linked) {
        Map<String, Double> attributes = new LinkedHashMap<>();
        GroupingProfile.ATTRIBUTES.forEach(a -> attributes.put(a, 1.0));
        return new Programme(null, spaceId, linked, GroupSize.DEFAULT, Programme.DEFAULT_VIABLE_SIZE, attributes, true, 2, true,
                List.of(), ProgrammeTrigger.COURSE_END, Cadence.MONTHLY,
                List.of("What from the course have you tried since, and how did it go?",
                        "What is one challenge at work this month the group could think through with you?"));
    }

    private static ProgrammeView view(Programme p, boolean saved, List<UUID> linked) {
        Settings settings = new Settings(p.courseIds(), p.size().target(), p.size().min(), p.size().max(), p.viableSize(),
                p.attributes(), p.sharedLanguage(), p.overlapHours(), p.teamsApart(),
                p.neverTogether().stream().map(pair -> List.of(UUID.fromString(pair.a()), UUID.fromString(pair.b()))).toList(),
                p.trigger().name(), p.cadence().name(), p.starterPrompts());
        return new ProgrammeView(p.id(), saved, settings, linked, GroupingProfile.ATTRIBUTES,
                Arrays.stream(ProgrammeTrigger.values()).map(Enum::name).toList(),
                Arrays.stream(Cadence.values()).map(Enum::name).toList());
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
