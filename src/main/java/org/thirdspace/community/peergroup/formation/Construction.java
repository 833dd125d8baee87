package org.thirdspace.community.peergroup.formation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
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
        List<Integer> open = new ArrayList<>();
        int next = 0;
        while (open.size() < window && next < groups) {
            open.add(next++);
        }
        for (int i : order) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int g : open) {
                if (instance.constrained() && instance.blocks(i, s, g, -1) != null) {
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
                leaveOut(i, blocked, reasons, binding);
            }
        }
        s.compact();
        return s;
    }

    /** Candidates looked at per missing member: enough to find a good one, few enough to stay fast. */
    private static final int DONORS = 64;

    private static void fillSmallGroups(Instance instance, Grouping s, GroupSize size, SplittableRandom random) {
        int n = instance.people;
        for (int g = 0; g < s.groups; g++) {
            while (s.size[g] > 0 && s.size[g] < size.min()) {
                int best = -1;
                double bestValue = Double.NEGATIVE_INFINITY;
                int seen = 0;
                int startAt = random.nextInt(n);
                for (int k = 0; k < n && seen < DONORS; k++) {
                    int j = (startAt + k) % n;
                    int h = s.groupOf[j];
                    if (h < 0 || h == g || s.size[h] <= size.min()
                            || (instance.constrained() && instance.blocks(j, s, g, -1) != null)) {
                        continue;
                    }
                    seen++;
                    double value = instance.sumTo(j, s, g) / s.size[g];
                    if (value > bestValue) {
                        bestValue = value;
                        best = j;
                    }
                }
                if (best < 0) {
                    break;
                }
                s.remove(best);
                s.add(best, g);
            }
        }
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
