package org.thirdspace.community.peergroup.formation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A roster: people with attributes, languages, teams and working hours, and the constraints and
 * history of one request, encoded for speed (categories as small integers, languages as a bit set,
 * working hours as bit sets of the UTC day's quarter hours).
 *
 * <p>The distance of two people is Gower's coefficient with one deliberate change: the denominator
 * is the sum of all attribute weights, not only of those both people have a value for. So an unknown
 * value never counts as a difference, and a pair's distance is a plain weighted sum over attributes
 * (why: {@code docs/PEER-GROUPS.md}).
 */
final class RosterInstance extends Instance {

    /** Language mask and hours of a person about whom nothing is known: compatible with anyone. */
    private static final long ALL = -1L;

    final List<Participant> participants;
    private final int[] categories;       // [person * categorical attributes + k], -1 unknown (flat: fewer cache misses)
    private final double[] numbers;       // [person * numeric attributes + k], scaled to [0,1], NaN unknown
    private final int categoryCount;
    private final int numberCount;
    private final double[] categoryWeight;
    private final double[] numberWeight;
    private final long[] languages;
    private final long[] hoursLow;
    private final long[] hoursHigh;
    private final int[] team;             // -1 unknown
    private final int[][] neverWith;      // sorted
    private final int[][] met;            // sorted partner indexes
    private final int[][] metAgo;         // rounds ago, parallel to met
    private final int[] centre;
    private final int[] rarestLanguage;
    private final int[] scarce;
    private final boolean sharedLanguage;
    private final int minOverlapSlots;
    private final boolean teamsApart;
    private final double repeatCost;
    private final boolean constrained;

    RosterInstance(List<Participant> participants, FormationRequest request) {
        super(participants.size());
        this.participants = participants;
        int n = participants.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(participants.get(i).id(), i);
        }
        List<Attribute> categorical = request.attributes().stream().filter(a -> a.kind() == Attribute.Kind.CATEGORICAL).toList();
        List<Attribute> numeric = request.attributes().stream().filter(a -> a.kind() == Attribute.Kind.NUMERIC).toList();
        double totalWeight = request.attributes().stream().mapToDouble(Attribute::weight).sum();
        double scale = totalWeight > 0 ? 1 / totalWeight : 0;
        categoryWeight = categorical.stream().mapToDouble(a -> a.weight() * scale).toArray();
        numberWeight = numeric.stream().mapToDouble(a -> a.weight() * scale).toArray();

        categoryCount = categorical.size();
        numberCount = numeric.size();
        categories = new int[n * categoryCount];
        for (int k = 0; k < categorical.size(); k++) {
            Map<String, Integer> codes = new HashMap<>();
            String name = categorical.get(k).name();
            for (int i = 0; i < n; i++) {
                String value = participants.get(i).categories().get(name);
                categories[i * categoryCount + k] = value == null || value.isBlank() ? -1 : codes.computeIfAbsent(value.strip(), v -> codes.size());
            }
        }
        numbers = new double[n * numberCount];
        for (int k = 0; k < numeric.size(); k++) {
            String name = numeric.get(k).name();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Participant p : participants) {
                Double v = p.numbers().get(name);
                if (v != null && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            // Gower: a numeric difference counts over the attribute's range among the people formed.
            double range = hi > lo ? hi - lo : 1;
            for (int i = 0; i < n; i++) {
                Double v = participants.get(i).numbers().get(name);
                numbers[i * numberCount + k] = v != null && Double.isFinite(v) ? (v - lo) / range : Double.NaN;
            }
        }

        Map<String, Integer> languageCodes = new HashMap<>();
        languages = new long[n];
        hoursLow = new long[n];
        hoursHigh = new long[n];
        team = new int[n];
        centre = new int[n];
        Map<String, Integer> teamCodes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Participant p = participants.get(i);
            long mask = 0;
            // Sorted: an immutable set's iteration order changes from one JVM to the next, and the
            // codes decide orderings that must depend on the seed only.
            for (String language : p.languages().stream().sorted().toList()) {
                int code = languageCodes.computeIfAbsent(language.strip().toLowerCase(java.util.Locale.ROOT), l -> languageCodes.size());
                if (code >= 64) {
                    throw new IllegalArgumentException("at most 64 distinct languages can be formed at once");
                }
                mask |= 1L << code;
            }
            languages[i] = mask == 0 ? ALL : mask;
            if (p.hours() == null) {
                hoursLow[i] = ALL;
                hoursHigh[i] = ALL;
                centre[i] = -1;
            } else {
                long[] slots = p.hours().utcSlots();
                hoursLow[i] = slots[0];
                hoursHigh[i] = slots[1];
                centre[i] = p.hours().utcCentreMinute();
            }
            team[i] = p.team() == null || p.team().isBlank() ? -1 : teamCodes.computeIfAbsent(p.team().strip(), t -> teamCodes.size());
        }

        // Each person's least common language: people who can only meet in a rare language are then
        // ordered next to the others who speak it.
        int[] speakers = new int[64];
        for (long mask : languages) {
            for (int b = 0; b < 64 && mask != ALL; b++) {
                if ((mask >>> b & 1) != 0) {
                    speakers[b]++;
                }
            }
        }
        scarce = new int[n];
        for (int i = 0; i < n; i++) {
            long mask = languages[i];
            scarce[i] = mask != ALL && Long.bitCount(mask) == 1 && speakers[Long.numberOfTrailingZeros(mask)] * 2 < n
                    ? Long.numberOfTrailingZeros(mask) : -1;
        }
        rarestLanguage = new int[n];
        for (int i = 0; i < n; i++) {
            int rarest = 0;
            for (int b = 0; b < 64 && languages[i] != ALL; b++) {
                if ((languages[i] >>> b & 1) != 0 && (speakers[rarest] == 0 || speakers[b] < speakers[rarest]
                        || (languages[i] >>> rarest & 1) == 0)) {
                    rarest = b;
                }
            }
            rarestLanguage[i] = rarest;
        }
        HardConstraints constraints = request.constraints();
        sharedLanguage = constraints.sharedLanguage();
        minOverlapSlots = (constraints.minOverlapMinutes() + WorkingHours.SLOT_MINUTES - 1) / WorkingHours.SLOT_MINUTES;
        teamsApart = constraints.teamsApart();
        // Per-person lists only for those the constraints and the history name: most rosters have
        // no never-together pairs, and a first round has no history.
        int[] none = new int[0];
        neverWith = new int[n][];
        Arrays.fill(neverWith, none);
        Map<Integer, List<Integer>> never = new HashMap<>();
        for (HardConstraints.Pair pair : constraints.neverTogether()) {
            Integer a = index.get(pair.a());
            Integer b = index.get(pair.b());
            if (a != null && b != null) {
                never.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                never.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
            }
        }
        never.forEach((i, partners) -> neverWith[i] = partners.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());

        // The most recent meeting of each pair counts.
        Map<Integer, Map<Integer, Integer>> history = new HashMap<>();
        for (PastRound round : request.history()) {
            for (List<String> group : round.groups()) {
                int[] ids = group.stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
                for (int a : ids) {
                    for (int b : ids) {
                        if (a != b) {
                            history.computeIfAbsent(a, k -> new HashMap<>()).merge(b, round.roundsAgo(), Math::min);
                        }
                    }
                }
            }
        }
        met = new int[n][];
        metAgo = new int[n][];
        Arrays.fill(met, none);
        Arrays.fill(metAgo, none);
        history.forEach((i, partners) -> {
            int[] sorted = partners.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            met[i] = sorted;
            metAgo[i] = Arrays.stream(sorted).map(partners::get).toArray();
        });
        // A repeated pair costs more than any one swap can gain in distance (at most 4·max pairs of
        // distance <= 1 change), so the search never trades a repeat for diversity.
        repeatCost = 4.0 * request.size().max() + 1;
        constrained = sharedLanguage || minOverlapSlots > 0 || teamsApart || Arrays.stream(neverWith).anyMatch(a -> a.length > 0);
    }

    @Override
    double distance(int i, int j) {
        double total = 0;
        int ci = i * categoryCount;
        int cj = j * categoryCount;
        for (int k = 0; k < categoryCount; k++) {
            int a = categories[ci + k];
            int b = categories[cj + k];
            if (a != b && a >= 0 && b >= 0) {
                total += categoryWeight[k];
            }
        }
        int ni = i * numberCount;
        int nj = j * numberCount;
        for (int k = 0; k < numberCount; k++) {
            double diff = Math.abs(numbers[ni + k] - numbers[nj + k]);
            if (diff == diff) {     // NaN when either is unknown: no difference
                total += numberWeight[k] * diff;
            }
        }
        return total;
    }

    @Override
    int metRoundsAgo(int i, int j) {
        int at = Arrays.binarySearch(met[i], j);
        return at < 0 ? 0 : metAgo[i][at];
    }

    @Override
    double penalty(int i, int j) {
        if (met[i].length == 0) {
            return 0;
        }
        int ago = metRoundsAgo(i, j);
        // Kept apart while possible, and when not, the most recent meetings weigh most.
        return ago == 0 ? 0 : repeatCost * (1 + 0.5 / ago);
    }

    @Override
    Constraint blocks(int i, Grouping s, int g, int leaving) {
        int[] m = s.members[g];
        int k = s.size[g];
        long language = languages[i];
        long low = hoursLow[i];
        long high = hoursHigh[i];
        int[] never = neverWith[i];
        for (int x = 0; x < k; x++) {
            int j = m[x];
            if (j == leaving || j == i) {
                continue;
            }
            if (teamsApart && team[i] >= 0 && team[i] == team[j]) {
                return Constraint.TEAMS_APART;
            }
            if (never.length > 0 && Arrays.binarySearch(never, j) >= 0) {
                return Constraint.NEVER_TOGETHER;
            }
            language &= languages[j];
            low &= hoursLow[j];
            high &= hoursHigh[j];
        }
        if (sharedLanguage && language == 0) {
            return Constraint.SHARED_LANGUAGE;
        }
        if (minOverlapSlots > 0 && Long.bitCount(low) + Long.bitCount(high) < minOverlapSlots) {
            return Constraint.WORKING_HOURS;
        }
        return null;
    }

    @Override
    int scarceLanguage(int i) {
        return sharedLanguage ? scarce[i] : -1;
    }

    @Override
    int fullScanLimit() {
        // Groups of a roster are small and most of a person's options across time zones are refused:
        // a sample of groups per step finds the improvements at a fraction of the cost.
        return 48;
    }

    @Override
    boolean constrained() {
        return constrained;
    }

    @Override
    int compatibilityKey(int i) {
        // People whose working days are centred within the same three hours of UTC, then by their
        // language set, come next to each other, so the constructive start meets compatible people.
        int hoursBin = minOverlapSlots > 0 && centre[i] >= 0 ? 1 + centre[i] / 180 : 0;
        int language = sharedLanguage && languages[i] != ALL ? 1 + rarestLanguage[i] : 0;
        return hoursBin * 128 + language;
    }

    /** Whether the group's members pairwise keep every constraint (for the checks of the tests and edits). */
    Constraint violation(Grouping s, int g) {
        for (int x = 0; x < s.size[g]; x++) {
            int i = s.members[g][x];
            Constraint c = blocks(i, s, g, -1);
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
