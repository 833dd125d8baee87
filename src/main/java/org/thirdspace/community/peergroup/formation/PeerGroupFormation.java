package org.thirdspace.community.peergroup.formation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Forms peer groups, and keeps a proposal good while a facilitator edits it, people join late and
 * groups shrink. Pure computation: the same request and seed give the same proposal (within the
 * budget's rounds; see {@link Budget}).
 */
public final class PeerGroupFormation {

    /** Random groupings averaged for the report's baseline (one for large rosters, whose mean hardly varies). */
    private static final int RANDOM_SAMPLES = 3;
    private static final int LARGE = 5_000;

    private PeerGroupFormation() {
    }

    /** A proposal for everyone in the request who did not opt out. */
    public static Proposal form(FormationRequest request) {
        long start = System.nanoTime();
        Map<String, UnplacedReason> unplaced = new LinkedHashMap<>();
        List<Participant> placeable = placeable(request, unplaced);
        GroupSize size = request.size();
        int n = placeable.size();
        if (n < size.min()) {
            placeable.forEach(p -> unplaced.put(p.id(), UnplacedReason.TOO_FEW_PEOPLE));
            return new Proposal(List.of(), ordered(request, unplaced), emptyReport(start));
        }
        RosterInstance instance = new RosterInstance(placeable, request);
        int groups = groupCount(n, size);
        SplittableRandom random = new SplittableRandom(request.seed());
        UnplacedReason[] reasons = new UnplacedReason[n];
        long[] binding = new long[Constraint.values().length];
        Grouping s = Construction.build(instance, groups, size, random.split(), true, reasons, binding);
        for (int i = 0; i < n; i++) {
            if (reasons[i] != null) {
                unplaced.put(placeable.get(i).id(), reasons[i]);
            }
        }
        Search search = search(instance, s, random.split(), new boolean[n], size, start, request.budget());
        search.run(request.budget().maxRounds());
        for (int c = 0; c < binding.length; c++) {
            search.binding[c] += binding[c];
        }
        double randomDiversity = randomDiversity(instance, groups, size, random.split());
        int[] numbers = new int[s.groups];
        for (int g = 0; g < s.groups; g++) {
            numbers[g] = g + 1;
        }
        return proposal(request, instance, s, numbers, unplaced, search, randomDiversity, start);
    }

    /**
     * Applies a facilitator's edits to a proposal and re-optimises everyone the edits did not touch or
     * lock. Edits that would break a hard constraint or leave a group's size bounds are refused.
     */
    public static Proposal reoptimise(FormationRequest request, Proposal proposal, List<Edit> edits) {
        long start = System.nanoTime();
        Loaded loaded = load(request, proposal);
        Grouping s = loaded.grouping;
        RosterInstance instance = loaded.instance;
        GroupSize size = request.size();
        boolean[] locked = new boolean[instance.people];
        List<Integer> touched = new ArrayList<>();
        for (Edit edit : edits) {
            apply(edit, loaded, locked, size, touched);
        }
        Search search = search(instance, s, new SplittableRandom(request.seed() ^ edits.hashCode()), locked, size, start,
                request.budget());
        search.runFrom(touched.stream().mapToInt(Integer::intValue).toArray(), request.budget().maxRounds());
        return proposal(request, instance, s, loaded.numbers, loaded.unplaced, search,
                proposal.report().randomDiversity(), start);
    }

    /**
     * Places someone who arrived after the groups were formed: into the group with room (below the
     * target size first) that keeps every constraint and to whose members they are, on average, most
     * distant; or nowhere, with the reason.
     */
    public static Proposal placeLateJoiner(FormationRequest request, Proposal proposal, String personId) {
        long start = System.nanoTime();
        Loaded loaded = load(request, proposal);
        Integer i = loaded.index.get(personId);
        if (i == null) {
            Map<String, UnplacedReason> unplaced = new LinkedHashMap<>(proposal.unplaced());
            unplaced.put(personId, UnplacedReason.OPTED_OUT);
            return new Proposal(proposal.groups(), unplaced, proposal.report());
        }
        loaded.unplaced.remove(personId);
        if (loaded.grouping.groupOf[i] < 0) {
            int[] blocked = new int[Constraint.values().length];
            int g = bestGroupFor(loaded.instance, loaded.grouping, i, request.size(), null, blocked);
            if (g >= 0) {
                loaded.grouping.add(i, g);
            } else {
                loaded.unplaced.put(personId, UnplacedReason.of(mostBlocking(blocked)));
            }
        }
        return summarise(request, loaded, proposal, start);
    }

    /**
     * A re-formation for the groups that fell below {@code viableSize} members among the people of the
     * request (those who left are no longer in it): each such group's members are spread over the
     * other groups with room when they all fit; otherwise the group merges with another small group
     * when the two fit together; otherwise it is left as it is.
     */
    public static Reformation reform(FormationRequest request, Proposal proposal, int viableSize) {
        long start = System.nanoTime();
        Loaded loaded = load(request, proposal);
        Grouping s = loaded.grouping;
        GroupSize size = request.size();
        boolean[] small = new boolean[s.groups];
        for (int g = 0; g < s.groups; g++) {
            small[g] = s.size[g] > 0 && s.size[g] < viableSize;
        }
        List<Integer> redistributed = new ArrayList<>();
        Map<Integer, Integer> merged = new LinkedHashMap<>();
        List<Integer> kept = new ArrayList<>();
        for (int g = 0; g < s.groups; g++) {
            if (!small[g] || s.size[g] == 0) {
                continue;
            }
            int[] members = Arrays.copyOf(s.members[g], s.size[g]);
            if (spread(loaded, members, small, size)) {
                redistributed.add(loaded.numbers[g]);
                continue;
            }
            int into = mergeTarget(loaded, g, small, size);
            if (into >= 0) {
                small[into] = s.size[into] < viableSize;
                merged.put(loaded.numbers[g], loaded.numbers[into]);
            } else {
                kept.add(loaded.numbers[g]);
            }
        }
        return new Reformation(summarise(request, loaded, proposal, start), redistributed, merged, kept);
    }

    /**
     * Groups an instance given by a symmetric distance matrix (zero diagonal) into {@code groups}
     * groups of equal size, without constraints: the literature's benchmark shape, used to compare
     * the search with published methods and baselines.
     */
    public static MatrixGrouping groupByDistances(double[][] distances, int groups, long seed, Budget budget) {
        long start = System.nanoTime();
        int n = distances.length;
        if (groups < 1 || n % groups != 0 || n / groups < 2) {
            throw new IllegalArgumentException("people must divide into equal groups of at least two");
        }
        int each = n / groups;
        MatrixInstance instance = new MatrixInstance(distances);
        SplittableRandom random = new SplittableRandom(seed);
        GroupSize size = new GroupSize(each, each, each);
        Grouping s = Construction.build(instance, groups, size, random.split(), true, new UnplacedReason[n],
                new long[Constraint.values().length]);
        instance.attach(s);
        Search search = new Search(instance, s, random.split(), new boolean[n], each, each,
                start + budget.maxMillis() * 1_000_000L);
        search.run(budget.maxRounds());
        return new MatrixGrouping(s.groupOf.clone(), search.exactObjective(), search.rounds, (System.nanoTime() - start) / 1_000_000);
    }

    /** The result of {@link #groupByDistances}. */
    public record MatrixGrouping(int[] groupOf, double objective, long rounds, long millis) {
    }

    /**
     * A re-formation: the new proposal, the groups whose members were spread over others, the groups
     * merged into another (number to number), and the small groups that could be neither.
     */
    public record Reformation(Proposal proposal, List<Integer> redistributed, Map<Integer, Integer> merged,
                              List<Integer> unchanged) {
    }

    // --- the pieces ---

    private static List<Participant> placeable(FormationRequest request, Map<String, UnplacedReason> unplaced) {
        List<Participant> placeable = new ArrayList<>();
        for (Participant p : request.people()) {
            if (p.optedOut()) {
                unplaced.put(p.id(), UnplacedReason.OPTED_OUT);
            } else {
                placeable.add(p);
            }
        }
        return placeable;
    }

    /** As many groups as keep sizes within bounds, as close to the target size as that allows. */
    static int groupCount(int n, GroupSize size) {
        int fewest = (n + size.max() - 1) / size.max();
        int most = n / size.min();
        int aim = Math.max(1, Math.round((float) n / size.target()));
        if (fewest > most) {
            return most;       // some will find no room: NO_ROOM
        }
        return Math.max(fewest, Math.min(most, aim));
    }

    private static Search search(Instance instance, Grouping s, SplittableRandom random, boolean[] locked, GroupSize size,
                                 long start, Budget budget) {
        int placed = 0;
        for (int i = 0; i < s.people; i++) {
            if (s.groupOf[i] >= 0) {
                placed++;
            }
        }
        int groups = Math.max(1, s.groups);
        // Moves keep sizes balanced: the objective sums pairs, so unbounded moves would fill groups to
        // the maximum and starve others.
        int lo = Math.max(size.min(), placed / groups);
        int hi = Math.min(size.max(), (placed + groups - 1) / groups);
        instance.attach(s);
        return new Search(instance, s, random, locked, lo, hi, start + budget.maxMillis() * 1_000_000L);
    }

    private static double randomDiversity(Instance instance, int groups, GroupSize size, SplittableRandom random) {
        double total = 0;
        int samples = instance.people > LARGE ? 1 : RANDOM_SAMPLES;
        for (int k = 0; k < samples; k++) {
            Grouping r = Construction.build(instance, groups, size, random.split(), false,
                    new UnplacedReason[instance.people], new long[Constraint.values().length]);
            total += meanDiversity(instance, r);
        }
        return total / samples;
    }

    static double meanDiversity(Instance instance, Grouping s) {
        double total = 0;
        int counted = 0;
        for (int g = 0; g < s.groups; g++) {
            int k = s.size[g];
            if (k < 2) {
                continue;
            }
            double sum = 0;
            for (int x = 0; x < k; x++) {
                for (int y = x + 1; y < k; y++) {
                    sum += instance.distance(s.members[g][x], s.members[g][y]);
                }
            }
            total += sum / (k * (k - 1) / 2.0);
            counted++;
        }
        return counted == 0 ? 0 : total / counted;
    }

    private static Proposal proposal(FormationRequest request, RosterInstance instance, Grouping s, int[] numbers,
                                     Map<String, UnplacedReason> unplaced, Search search, double randomDiversity, long start) {
        Map<Constraint, Long> binding = new EnumMap<>(Constraint.class);
        for (Constraint c : Constraint.values()) {
            if (search.binding[c.ordinal()] > 0) {
                binding.put(c, search.binding[c.ordinal()]);
            }
        }
        return build(request, instance, s, numbers, unplaced, binding, search.exactObjective(), search.rounds,
                randomDiversity, start);
    }

    private static Proposal build(FormationRequest request, RosterInstance instance, Grouping s, int[] numbers,
                                  Map<String, UnplacedReason> unplaced, Map<Constraint, Long> binding, double objective,
                                  long rounds, double randomDiversity, long start) {
        List<Proposal.Group> groups = new ArrayList<>();
        List<FormationReport.RepeatedPair> repeated = new ArrayList<>();
        for (int g = 0; g < s.groups; g++) {
            if (s.size[g] == 0) {
                continue;
            }
            int[] members = Arrays.copyOf(s.members[g], s.size[g]);
            Arrays.sort(members);
            List<String> ids = new ArrayList<>();
            for (int x = 0; x < members.length; x++) {
                ids.add(instance.participants.get(members[x]).id());
                for (int y = x + 1; y < members.length; y++) {
                    int ago = instance.metRoundsAgo(members[x], members[y]);
                    if (ago > 0) {
                        repeated.add(new FormationReport.RepeatedPair(instance.participants.get(members[x]).id(),
                                instance.participants.get(members[y]).id(), ago));
                    }
                }
            }
            groups.add(new Proposal.Group(numbers[g], ids));
        }
        double mean = meanDiversity(instance, s);
        FormationReport report = new FormationReport(mean, randomDiversity, randomDiversity > 0 ? mean / randomDiversity : 0,
                binding, repeated, objective, rounds, (System.nanoTime() - start) / 1_000_000);
        return new Proposal(groups, ordered(request, unplaced), report);
    }

    private static Proposal summarise(FormationRequest request, Loaded loaded, Proposal previous, long start) {
        double objective = 0;
        Grouping s = loaded.grouping;
        for (int g = 0; g < s.groups; g++) {
            for (int x = 0; x < s.size[g]; x++) {
                for (int y = x + 1; y < s.size[g]; y++) {
                    objective += loaded.instance.score(s.members[g][x], s.members[g][y]);
                }
            }
        }
        return build(request, loaded.instance, s, loaded.numbers, loaded.unplaced, previous.report().binding(), objective, 0,
                previous.report().randomDiversity(), start);
    }

    private static Map<String, UnplacedReason> ordered(FormationRequest request, Map<String, UnplacedReason> unplaced) {
        Map<String, UnplacedReason> ordered = new LinkedHashMap<>();
        for (Participant p : request.people()) {
            UnplacedReason reason = unplaced.get(p.id());
            if (reason != null) {
                ordered.put(p.id(), reason);
            }
        }
        return ordered;
    }

    private static FormationReport emptyReport(long start) {
        return new FormationReport(0, 0, 0, Map.of(), List.of(), 0, 0, (System.nanoTime() - start) / 1_000_000);
    }

    /** A proposal read back into the search's terms, against the people of the request. */
    private record Loaded(RosterInstance instance, Grouping grouping, int[] numbers, Map<String, Integer> index,
                          Map<String, UnplacedReason> unplaced) {
    }

    private static Loaded load(FormationRequest request, Proposal proposal) {
        Map<String, UnplacedReason> unplaced = new LinkedHashMap<>();
        List<Participant> placeable = placeable(request, unplaced);
        for (Map.Entry<String, UnplacedReason> e : proposal.unplaced().entrySet()) {
            unplaced.putIfAbsent(e.getKey(), e.getValue());
        }
        RosterInstance instance = new RosterInstance(placeable, request);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < placeable.size(); i++) {
            index.put(placeable.get(i).id(), i);
        }
        Grouping s = new Grouping(placeable.size(), proposal.groups().size(), request.size().max() + 2);
        int[] numbers = new int[proposal.groups().size()];
        for (int g = 0; g < numbers.length; g++) {
            Proposal.Group group = proposal.groups().get(g);
            numbers[g] = group.number();
            for (String id : group.members()) {
                Integer i = index.get(id);
                if (i != null) {
                    s.add(i, g);
                    unplaced.remove(id);
                }
            }
        }
        return new Loaded(instance, s, numbers, index, unplaced);
    }

    private static void apply(Edit edit, Loaded loaded, boolean[] locked, GroupSize size, List<Integer> touched) {
        Grouping s = loaded.grouping;
        if (edit instanceof Edit.Lock lock) {
            int i = person(loaded, edit, lock.person());
            if (s.groupOf[i] < 0) {
                throw new EditRefused(edit, null, lock.person() + " is in no group");
            }
            locked[i] = true;
        } else if (edit instanceof Edit.Move move) {
            int i = person(loaded, edit, move.person());
            int g = group(loaded, edit, move.group());
            int from = s.groupOf[i];
            if (from != g) {
                if (s.size[g] >= size.max()) {
                    throw new EditRefused(edit, Constraint.GROUP_SIZE, "group " + move.group() + " is full");
                }
                if (from >= 0 && s.size[from] <= size.min()) {
                    throw new EditRefused(edit, Constraint.GROUP_SIZE, "the group would fall below " + size.min());
                }
                Constraint c = loaded.instance.blocks(i, s, g, -1);
                if (c != null) {
                    throw new EditRefused(edit, c, move.person() + " cannot join group " + move.group() + ": " + c);
                }
                if (from >= 0) {
                    s.remove(i);
                    touched.add(from);
                }
                s.add(i, g);
                loaded.unplaced.remove(move.person());
                touched.add(g);
            }
            locked[i] = true;
        } else if (edit instanceof Edit.Swap swap) {
            int i = person(loaded, edit, swap.a());
            int j = person(loaded, edit, swap.b());
            int gi = s.groupOf[i];
            int gj = s.groupOf[j];
            if (gi < 0 || gj < 0) {
                throw new EditRefused(edit, null, "both people must be in a group to swap");
            }
            if (gi != gj) {
                Constraint c = loaded.instance.blocks(i, s, gj, j);
                if (c == null) {
                    c = loaded.instance.blocks(j, s, gi, i);
                }
                if (c != null) {
                    throw new EditRefused(edit, c, "swapping " + swap.a() + " and " + swap.b() + " breaks " + c);
                }
                s.remove(i);
                s.remove(j);
                s.add(i, gj);
                s.add(j, gi);
                touched.add(gi);
                touched.add(gj);
            }
            locked[i] = true;
            locked[j] = true;
        }
    }

    private static int person(Loaded loaded, Edit edit, String id) {
        Integer i = loaded.index.get(id);
        if (i == null) {
            throw new EditRefused(edit, null, "unknown person: " + id);
        }
        return i;
    }

    private static int group(Loaded loaded, Edit edit, int number) {
        for (int g = 0; g < loaded.numbers.length; g++) {
            if (loaded.numbers[g] == number) {
                return g;
            }
        }
        throw new EditRefused(edit, null, "unknown group: " + number);
    }

    /** Below the target first, then most distant on average; -1 when no group with room accepts them. */
    private static int bestGroupFor(Instance instance, Grouping s, int i, GroupSize size, boolean[] excluded, int[] blocked) {
        int best = -1;
        boolean bestBelowTarget = false;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < s.groups; g++) {
            if ((excluded != null && excluded[g]) || s.size[g] == 0) {
                continue;
            }
            if (s.size[g] >= size.max()) {
                blocked[Constraint.GROUP_SIZE.ordinal()]++;
                continue;
            }
            Constraint c = instance.blocks(i, s, g, -1);
            if (c != null) {
                blocked[c.ordinal()]++;
                continue;
            }
            boolean belowTarget = s.size[g] < size.target();
            double value = instance.sumTo(i, s, g) / s.size[g];
            if (best < 0 || (belowTarget && !bestBelowTarget) || (belowTarget == bestBelowTarget && value > bestValue)) {
                best = g;
                bestBelowTarget = belowTarget;
                bestValue = value;
            }
        }
        return best;
    }

    private static Constraint mostBlocking(int[] blocked) {
        Constraint reason = Constraint.GROUP_SIZE;
        int most = 0;
        for (Constraint c : Constraint.values()) {
            if (c != Constraint.GROUP_SIZE && blocked[c.ordinal()] > most) {
                most = blocked[c.ordinal()];
                reason = c;
            }
        }
        return reason;
    }

    /** Moves all of {@code members} to other groups with room, or none of them. */
    private static boolean spread(Loaded loaded, int[] members, boolean[] small, GroupSize size) {
        Grouping s = loaded.grouping;
        int from = s.groupOf[members[0]];
        for (int i : members) {
            s.remove(i);
        }
        for (int k = 0; k < members.length; k++) {
            int g = bestGroupFor(loaded.instance, s, members[k], size, small, new int[Constraint.values().length]);
            if (g < 0) {
                for (int back = 0; back < k; back++) {
                    s.remove(members[back]);
                }
                for (int i : members) {
                    s.add(i, from);
                }
                return false;
            }
            s.add(members[k], g);
        }
        return true;
    }

    /** A small group that all of {@code g}'s members can join together, with {@code g}'s members moved there; or -1. */
    private static int mergeTarget(Loaded loaded, int g, boolean[] small, GroupSize size) {
        Grouping s = loaded.grouping;
        for (int h = 0; h < s.groups; h++) {
            if (h == g || !small[h] || s.size[h] == 0 || s.size[g] + s.size[h] > size.max()) {
                continue;
            }
            // One by one, each checked against the group as it grows: a language or hours shared
            // pairwise need not be shared by all.
            int[] members = Arrays.copyOf(s.members[g], s.size[g]);
            int moved = 0;
            while (moved < members.length && loaded.instance.blocks(members[moved], s, h, -1) == null) {
                s.remove(members[moved]);
                s.add(members[moved], h);
                moved++;
            }
            if (moved == members.length) {
                return h;
            }
            for (int back = 0; back < moved; back++) {
                s.remove(members[back]);
                s.add(members[back], g);
            }
        }
        return -1;
    }
}
