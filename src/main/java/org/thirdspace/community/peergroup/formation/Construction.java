package org.thirdspace.community.peergroup.formation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The constructive start: every person placed in a group that keeps every constraint, or left out
 * with the reason. People are taken in an order that brings compatible ones together (working hours,
 * then language; random within), and each joins the open group they add most diversity to (or, for
 * the random baseline, any open group that accepts them). Only a window of recently opened groups is
 * considered, so the start costs O(people × window × group size × attributes): linear in people.
 */
final class Construction {

    private static final int WINDOW = 24;

    private Construction() {
    }

    /**
     * @param groups  the number of groups aimed at: it sets the size groups are filled to and the
     *                window; more groups open when compatible clusters do not divide evenly
     * @param reasons filled for every person left unplaced
     * @param binding per constraint, people it left unplaced
     */
    static Grouping build(Instance instance, int groups, GroupSize size, SplittableRandom random, boolean greedy,
                          UnplacedReason[] reasons, long[] binding) {
        int n = instance.people;
        int base = n / groups;
        int remainder = n % groups;
        Grouping s = new Grouping(n, n, size.max() + 2);
        int[] order = order(instance, random);
        // A window much smaller than the number of groups, so that groups open as the ordered people
        // move from one compatible cluster to the next.
        int window = Math.max(2, Math.min(WINDOW, groups / 4));
        int next = greedy && instance.constrained() ? anchor(instance, s, order, base, random) : 0;
        List<Integer> open = new ArrayList<>();
        while (open.size() < window && next < groups) {
            open.add(next++);
        }
        for (int i : order) {
            if (s.groupOf[i] >= 0) {
                continue;
            }
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int g : open) {
                if (instance.constrained() && instance.blocks(i, s, g, -1) != null
                        || greedy && meetsAgain(instance, s, i, g)) {
                    continue;
                }
                double value = value(instance, s, i, g, random, greedy, Double.POSITIVE_INFINITY);
                if (value > bestValue) {
                    bestValue = value;
                    best = g;
                }
            }
            if (best < 0) {
                // Nobody in the window accepts them: they start a new group. The window's oldest group
                // leaves it; if it stays too small it is filled up or dissolved below.
                if (open.size() >= window) {
                    open.remove(0);
                }
                best = next++;
                open.add(best);
            }
            s.add(i, best);
            // The aimed-at groups take the people in equal shares; groups opened beyond them, the base share.
            int cap = Math.min(size.max(), base + (best < remainder ? 1 : 0));
            if (s.size[best] >= cap) {
                open.remove((Integer) best);
                if (next < groups) {
                    open.add(next++);
                }
            }
        }
        // Groups below the minimum are filled up with people the larger groups can spare.
        fillSmallGroups(instance, s, size, random);
        // Groups that stayed below the minimum give their members to the others, or leave them out.
        boolean[] dissolved = new boolean[s.groups];
        List<Integer> homeless = new ArrayList<>();
        for (int g = 0; g < next; g++) {
            if (s.size[g] > 0 && s.size[g] < size.min()) {
                dissolved[g] = true;
                while (s.size[g] > 0) {
                    int i = s.members[g][0];
                    s.remove(i);
                    homeless.add(i);
                }
            }
        }
        Map<Integer, int[]> left = new LinkedHashMap<>();
        for (int i : homeless) {
            int[] blocked = new int[Constraint.values().length];
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < next; g++) {
                if (dissolved[g] || s.size[g] == 0) {
                    continue;
                }
                if (s.size[g] >= size.max()) {
                    blocked[Constraint.GROUP_SIZE.ordinal()]++;
                    continue;
                }
                Constraint c = instance.constrained() ? instance.blocks(i, s, g, -1) : null;
                if (c != null) {
                    blocked[c.ordinal()]++;
                    continue;
                }
                double value = value(instance, s, i, g, random, greedy, Double.NEGATIVE_INFINITY);
                if (value > bestValue) {
                    bestValue = value;
                    best = g;
                }
            }
            if (best >= 0) {
                s.add(i, best);
            } else {
                left.put(i, blocked);
            }
        }
        regroup(instance, s, next, left, size, random, reasons, binding);
        s.compact();
        return s;
    }

    /**
     * People no group could take may still fit with each other (people of one time zone who arrived
     * after its groups were full): they form new groups, filled up as above if small; whoever is then
     * in a group below the minimum is left out, with the reason found when no group could take them.
     */
    private static void regroup(Instance instance, Grouping s, int first, Map<Integer, int[]> left, GroupSize size,
                                SplittableRandom random, UnplacedReason[] reasons, long[] binding) {
        int next = first;
        List<Integer> unplaced = new ArrayList<>();
        for (int i : left.keySet()) {
            int best = -1;
            for (int g = first; g < next && best < 0; g++) {
                if (s.size[g] < size.target() && (!instance.constrained() || instance.blocks(i, s, g, -1) == null)) {
                    best = g;
                }
            }
            if (best < 0 && next == s.groups) {
                unplaced.add(i);
                continue;
            }
            s.add(i, best >= 0 ? best : next++);
        }
        // The fullest new groups are filled first, each at once given up if it stays small, so that
        // the donors it took go back and can complete another.
        int[] before = s.groupOf.clone();
        List<Integer> out = new ArrayList<>();
        boolean donors = anyAboveMinimum(s, next, size);   // a group given up only gives back what it took
        IntStream.range(first, next).boxed().sorted(Comparator.comparingInt(g -> -s.size[g])).forEach(g -> {
            if (donors) {
                fillGroup(instance, s, g, size, random);
            }
            while (s.size[g] > 0 && s.size[g] < size.min()) {
                int i = s.members[g][0];
                s.remove(i);
                if (left.containsKey(i)) {
                    out.add(i);
                } else {
                    s.add(i, before[i]);    // a donor goes back where it came from
                }
            }
        });
        for (int i : out) {
            if (!joinAnyWithRoom(instance, s, next, i, size) && !takePlaceOfMovable(instance, s, next, i, size, random)) {
                unplaced.add(i);
            }
        }
        groupByExchange(instance, s, next, unplaced, size, random);
        for (int i : unplaced) {
            leaveOut(i, left.get(i), reasons, binding);
        }
    }

    /**
     * People still unplaced who are enough for a group of their own, but who may not all be together
     * (two of them who must never be, while no group has room): whoever cannot join their new group
     * takes the place of a placed member who can, and that member joins it instead. A group that
     * stays below the minimum is undone. Removes those it placed from {@code unplaced}.
     */
    private static void groupByExchange(Instance instance, Grouping s, int next, List<Integer> unplaced, GroupSize size,
                                        SplittableRandom random) {
        // Someone who could neither join a group nor take a place is not tried again: each is looked
        // at a bounded number of times however many are unplaced.
        List<Integer> candidates = new ArrayList<>(unplaced);
        while (candidates.size() >= size.min()) {
            int g = emptyGroup(s, next);
            if (g < 0) {
                return;
            }
            List<int[]> moves = new ArrayList<>();     // person, group before: undone last first
            List<Integer> joined = new ArrayList<>();
            List<Integer> refused = new ArrayList<>();
            for (int i : candidates) {
                if (s.size[g] >= size.max()) {
                    break;
                }
                if (instance.blocks(i, s, g, -1) == null) {
                    s.add(i, g);
                    moves.add(new int[] {i, -1});
                    joined.add(i);
                    continue;
                }
                int k = exchange(instance, s, g, next, i, random);
                if (k >= 0) {
                    moves.add(new int[] {k, s.groupOf[i]});
                    moves.add(new int[] {i, -1});
                    joined.add(i);
                } else {
                    refused.add(i);
                }
            }
            if (s.size[g] < size.min()) {
                for (int m = moves.size() - 1; m >= 0; m--) {
                    int[] move = moves.get(m);
                    s.remove(move[0]);
                    if (move[1] >= 0) {
                        s.add(move[0], move[1]);
                    }
                }
                return;
            }
            unplaced.removeAll(joined);
            candidates.removeAll(joined);
            candidates.removeAll(refused);
            next = Math.max(next, g + 1);
        }
    }

    /** A group with no members: one the regrouping gave up, else the next unused; -1 if none is left. */
    private static int emptyGroup(Grouping s, int next) {
        for (int g = 0; g <= next && g < s.groups; g++) {
            if (s.size[g] == 0) {
                return g;
            }
        }
        return -1;
    }

    /**
     * Puts {@code i} in the place of a member {@code k} of one of the {@code groups} in use who may join
     * {@code g}, and {@code k} in {@code g}; looks at up to {@link #PLACES} groups from a random one on.
     * Returns {@code k}, or -1 when no member can make room.
     */
    private static int exchange(Instance instance, Grouping s, int g, int groups, int i, SplittableRandom random) {
        int startAt = groups == 0 ? 0 : random.nextInt(groups);
        for (int a = 0; a < Math.min(groups, PLACES); a++) {
            int h = (startAt + a) % groups;
            for (int x = 0; h != g && x < s.size[h]; x++) {
                int k = s.members[h][x];
                if (instance.blocks(i, s, h, k) == null && instance.blocks(k, s, g, -1) == null) {
                    s.remove(k);
                    s.add(i, h);
                    s.add(k, g);
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * Places {@code i} in the first of the {@code groups} in use below the maximum that takes them
     * (the new groups above may).
     */
    private static boolean joinAnyWithRoom(Instance instance, Grouping s, int groups, int i, GroupSize size) {
        for (int g = 0; g < groups; g++) {
            if (s.size[g] > 0 && s.size[g] < size.max() && instance.blocks(i, s, g, -1) == null) {
                s.add(i, g);
                return true;
            }
        }
        return false;
    }

    /**
     * Groups looked at for the place taken, and for the member who moves on: enough to find one,
     * few enough that someone nobody can take costs milliseconds, not seconds, among 50,000.
     */
    private static final int PLACES = 256;
    private static final int ONWARD = 64;

    /**
     * Places someone whom no group takes as it is in the place of a member who can move on to another
     * group with room (a chain of two moves, which the search's single moves and swaps never make).
     */
    private static boolean takePlaceOfMovable(Instance instance, Grouping s, int groups, int i, GroupSize size,
                                              SplittableRandom random) {
        int startAt = random.nextInt(groups);
        // The groups with room, once: when none has any, looking for one after every member of every
        // group cost a scan of all groups each (100 s for 20,000 unplaced among 50,000 people).
        int[] withRoom = new int[groups];
        int rooms = 0;
        for (int h = 0; h < groups; h++) {
            if (s.size[h] > 0 && s.size[h] < size.max()) {
                withRoom[rooms++] = h;
            }
        }
        if (rooms == 0) {
            return false;
        }
        for (int a = 0; a < Math.min(groups, PLACES); a++) {
            int g = (startAt + a) % groups;
            // The groups with room after g, wrapping around: the next one is where g + 1 would be.
            int after = Arrays.binarySearch(withRoom, 0, rooms, g + 1);
            int first = after >= 0 ? after : -after - 1;
            for (int x = 0; x < s.size[g]; x++) {
                int k = s.members[g][x];
                if (instance.blocks(i, s, g, k) != null) {
                    continue;
                }
                for (int b = 0, looked = 0; b < rooms && looked < ONWARD; b++) {
                    int h = withRoom[(first + b) % rooms];
                    if (h == g) {
                        continue;
                    }
                    looked++;
                    if (instance.blocks(k, s, h, -1) == null) {
                        s.remove(k);
                        s.add(k, h);
                        s.add(i, g);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Candidates looked at per missing member: enough to find a good one, few enough to stay fast. */
    private static final int DONORS = 64;

    /**
     * Places the people who speak one scarce language only, before anyone else: each joins a group
     * of people who speak only that language too and whom they have not met, or opens one; those
     * groups are then filled to the base size with others who speak it. Left to the greedy pass,
     * such people arrive when every open group already mixes languages and stay out (or meet again
     * in a later round), since only a chain of moves could make room for them. Returns the number
     * of groups opened.
     */
    private static int anchor(Instance instance, Grouping s, int[] order, int base, SplittableRandom random) {
        List<Integer> opened = new ArrayList<>();
        int next = 0;
        Integer[] anchors = Arrays.stream(order).filter(i -> instance.scarceLanguage(i) >= 0).boxed().toArray(Integer[]::new);
        Arrays.sort(anchors, Comparator.comparingInt(instance::scarceLanguage));   // stable: random within a language
        for (int i : anchors) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int g : opened) {
                if (s.size[g] >= base || instance.scarceLanguage(s.members[g][0]) != instance.scarceLanguage(i)
                        || instance.blocks(i, s, g, -1) != null || meetsAgain(instance, s, i, g)) {
                    continue;
                }
                double value = instance.sumTo(i, s, g) / s.size[g];
                if (value > bestValue) {
                    bestValue = value;
                    best = g;
                }
            }
            if (best < 0) {
                best = next++;
                opened.add(best);
            }
            s.add(i, best);
        }
        // Filled in turns, one member per group and turn, up to the base size: when the language's
        // speakers are few, every group still reaches the minimum before any grows beyond it.
        for (int turn = 2; turn <= base; turn++) {
            for (int g : opened) {
                if (s.size[g] >= turn) {
                    continue;
                }
                int best = mostDistant(instance, s, g, random, j -> s.groupOf[j] < 0 && instance.blocks(j, s, g, -1) == null);
                if (best >= 0) {
                    s.add(best, g);
                }
            }
        }
        return next;
    }

    private static void fillSmallGroups(Instance instance, Grouping s, GroupSize size, SplittableRandom random) {
        if (!anyAboveMinimum(s, s.groups, size)) {
            return;
        }
        for (int g = 0; g < s.groups; g++) {
            fillGroup(instance, s, g, size, random);
        }
    }

    /**
     * Whether one of the first {@code groups} has more than the minimum, so can spare a member. Filling
     * never takes a group above the minimum, so when none is, none will be until someone else moves,
     * and looking through every person for a donor, per small group, would be for nothing (quadratic
     * when many are left over).
     */
    private static boolean anyAboveMinimum(Grouping s, int groups, GroupSize size) {
        for (int g = 0; g < groups; g++) {
            if (s.size[g] > size.min()) {
                return true;
            }
        }
        return false;
    }

    private static void fillGroup(Instance instance, Grouping s, int g, GroupSize size, SplittableRandom random) {
        while (s.size[g] > 0 && s.size[g] < size.min()) {
            int best = mostDistant(instance, s, g, random, j -> {
                int h = s.groupOf[j];
                return h >= 0 && h != g && s.size[h] > size.min()
                        && (!instance.constrained() || instance.blocks(j, s, g, -1) == null);
            });
            if (best < 0) {
                break;
            }
            s.remove(best);
            s.add(best, g);
        }
    }

    /**
     * Among the first {@link #DONORS} people who qualify, from a random place in the roster on (all of
     * them when fewer qualify), the one furthest on average from the members of {@code g}; -1 if none.
     */
    private static int mostDistant(Instance instance, Grouping s, int g, SplittableRandom random, IntPredicate qualifies) {
        int n = instance.people;
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        int seen = 0;
        int startAt = random.nextInt(n);
        for (int k = 0; k < n && seen < DONORS; k++) {
            int j = (startAt + k) % n;
            if (!qualifies.test(j)) {
                continue;
            }
            seen++;
            double value = instance.sumTo(j, s, g) / s.size[g];
            if (value > bestValue) {
                bestValue = value;
                best = j;
            }
        }
        return best;
    }

    private static double value(Instance instance, Grouping s, int i, int g, SplittableRandom random, boolean greedy,
                                double empty) {
        if (!greedy) {
            return random.nextDouble();
        }
        // Empty groups in the window are seeded first; then each person joins the group whose members
        // are, on average, furthest from them.
        return s.size[g] == 0 ? empty : instance.sumTo(i, s, g) / s.size[g];
    }

    /**
     * Whether {@code i} would meet someone of {@code g} again. The start keeps such pairs apart as a
     * constraint would: the search alone cannot always part them later, as parting two people who
     * share one scarce language needs a chain of moves none of which improves on its own.
     */
    private static boolean meetsAgain(Instance instance, Grouping s, int i, int g) {
        for (int x = 0; x < s.size[g]; x++) {
            if (instance.metRoundsAgo(i, s.members[g][x]) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void leaveOut(int i, int[] blocked, UnplacedReason[] reasons, long[] binding) {
        // The constraint that refused the most groups with room is the reason; no room at all is NO_ROOM.
        Constraint reason = Constraint.GROUP_SIZE;
        int most = 0;
        for (Constraint c : Constraint.values()) {
            if (c != Constraint.GROUP_SIZE && blocked[c.ordinal()] > most) {
                most = blocked[c.ordinal()];
                reason = c;
            }
        }
        reasons[i] = UnplacedReason.of(reason);
        binding[reason.ordinal()]++;
    }

    private static int[] order(Instance instance, SplittableRandom random) {
        int n = instance.people;
        int[] shuffled = IntStream.range(0, n).toArray();
        for (int k = n - 1; k > 0; k--) {
            int r = random.nextInt(k + 1);
            int t = shuffled[k];
            shuffled[k] = shuffled[r];
            shuffled[r] = t;
        }
        if (!instance.constrained()) {
            return shuffled;
        }
        Integer[] boxed = Arrays.stream(shuffled).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingInt(instance::compatibilityKey));   // stable: random within a key
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
