package org.thirdspace.community.peergroup.formation;

import java.util.SplittableRandom;

/**
 * Local search on a feasible grouping: move and swap neighbourhoods with incremental gains, a
 * descent driven by a queue of people whose neighbourhood changed ("don't look bits"), and iterated
 * perturbation — a few random feasible swaps, a descent, and the result kept when it is at least as
 * good as the best, else undone (iterated maxima search, Lai, Hao, Glover et al. 2021). Every move
 * is checked against the hard constraints before it is made, so the grouping stays feasible
 * throughout; locked people never move.
 */
final class Search {

    private static final double EPS = 1e-9;
    /** Groups sampled per step when there are more than the instance's full-scan limit. */
    private static final int SAMPLE = 24;

    final Instance instance;
    final Grouping s;
    final long[] binding = new long[Constraint.values().length];
    private final SplittableRandom random;
    private final boolean[] locked;
    private final int lo;
    private final int hi;
    private final long deadline;
    private final boolean constrained;
    private final double[] own;
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int count;
    private int[] logPerson = new int[64];
    private int[] logFrom = new int[64];
    private int logSize;
    private boolean logging;
    private boolean timeUp;
    private long steps;
    double objective;
    long rounds;

    /**
     * @param lo a group never shrinks below this by a move
     * @param hi a group never grows above this by a move (swaps keep sizes)
     */
    Search(Instance instance, Grouping s, SplittableRandom random, boolean[] locked, int lo, int hi, long deadlineNanos) {
        this.instance = instance;
        this.s = s;
        this.random = random;
        this.locked = locked;
        this.lo = lo;
        this.hi = hi;
        this.deadline = deadlineNanos;
        this.constrained = instance.constrained();
        int n = instance.people;
        this.own = new double[n];
        this.queue = new int[n];
        this.queued = new boolean[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (s.groupOf[i] >= 0) {
                own[i] = instance.sumTo(i, s, s.groupOf[i]);
                total += own[i];
            }
        }
        this.objective = total / 2;
    }

    /** Descends from the current grouping, then perturbs and descends for up to {@code maxRounds} rounds. */
    void run(long maxRounds) {
        enqueueAllInRandomOrder();
        descend();
        iterate(maxRounds);
    }

    /** Descends over the people queued so far (after edits), then iterates. */
    void runFrom(int[] touchedGroups, long maxRounds) {
        for (int g : touchedGroups) {
            enqueueGroup(g);
        }
        descend();
        iterate(maxRounds);
    }

    private void iterate(long maxRounds) {
        double best = objective;
        int stale = 0;
        logging = true;
        while (rounds < maxRounds && !timeUp()) {
            logSize = 0;
            // Perturbation strength grows while rounds fail to improve, and falls back after a success.
            int strength = 2 + random.nextInt(2 + Math.min(stale / 50, Math.max(1, s.groups / 8)));
            perturb(strength);
            descend();
            rounds++;
            if (objective > best + EPS) {
                best = objective;
                stale = 0;
            } else if (objective >= best - EPS) {
                stale++;
            } else {
                undo();
                objective = best;
                stale++;
            }
        }
        logging = false;
    }

    boolean timeUp() {
        if (!timeUp && System.nanoTime() > deadline) {
            timeUp = true;
        }
        return timeUp;
    }

    private void enqueueAllInRandomOrder() {
        int n = instance.people;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int k = n - 1; k > 0; k--) {
            int r = random.nextInt(k + 1);
            int t = order[k];
            order[k] = order[r];
            order[r] = t;
        }
        for (int i : order) {
            enqueue(i);
        }
    }

    private void enqueue(int i) {
        if (queued[i] || s.groupOf[i] < 0 || locked[i]) {
            return;
        }
        queued[i] = true;
        queue[(head + count) % queue.length] = i;
        count++;
    }

    private void enqueueGroup(int g) {
        for (int x = 0; x < s.size[g]; x++) {
            enqueue(s.members[g][x]);
        }
    }

    private void descend() {
        while (count > 0) {
            if ((++steps & 31) == 0 && timeUp()) {
                while (count > 0) {
                    queued[queue[head]] = false;
                    head = (head + 1) % queue.length;
                    count--;
                }
                return;
            }
            int i = queue[head];
            head = (head + 1) % queue.length;
            count--;
            queued[i] = false;
            improve(i);
        }
    }

    /** The best improving move or swap of person {@code i} within its neighbourhood, applied. */
    private void improve(int i) {
        int g = s.groupOf[i];
        if (g < 0 || locked[i]) {
            return;
        }
        double own = this.own[i];
        double bestDelta = EPS;
        int bestH = -1;
        int bestJ = -1;
        boolean full = s.groups <= instance.fullScanLimit();
        int candidates = full ? s.groups : SAMPLE;
        boolean mayLeave = s.size[g] > lo;
        for (int c = 0; c < candidates; c++) {
            int h = full ? c : random.nextInt(s.groups);
            if (h == g || s.size[h] == 0) {
                continue;       // an empty group stays empty: a lone member would be below the minimum
            }
            double toH = instance.sumTo(i, s, h);
            double base = toH - own;
            if (mayLeave && s.size[h] < hi && base > bestDelta) {
                Constraint refused = constrained ? instance.blocks(i, s, h, -1) : null;
                if (refused == null) {
                    bestDelta = base;
                    bestH = h;
                    bestJ = -1;
                } else {
                    binding[refused.ordinal()]++;
                }
            }
            int[] m = s.members[h];
            for (int x = 0, k = s.size[h]; x < k; x++) {
                int j = m[x];
                if (locked[j]) {
                    continue;
                }
                double delta = base + instance.sumTo(j, s, g) - this.own[j] - 2 * instance.score(i, j);
                if (delta > bestDelta) {
                    Constraint refused = constrained ? swapRefusal(i, g, j, h) : null;
                    if (refused == null) {
                        bestDelta = delta;
                        bestH = h;
                        bestJ = j;
                    } else {
                        binding[refused.ordinal()]++;
                    }
                }
            }
        }
        if (bestH < 0) {
            return;
        }
        move(i, bestH);
        if (bestJ >= 0) {
            move(bestJ, g);
        }
        objective += bestDelta;
        settle(g, bestH);
    }

    private Constraint swapRefusal(int i, int g, int j, int h) {
        Constraint refused = instance.blocks(i, s, h, j);
        return refused != null ? refused : instance.blocks(j, s, g, i);
    }

    /** A few random feasible swaps, whatever they cost. */
    private void perturb(int strength) {
        int n = instance.people;
        for (int t = 0; t < strength; t++) {
            for (int attempt = 0; attempt < 20; attempt++) {
                int i = random.nextInt(n);
                int g = s.groupOf[i];
                if (g < 0 || locked[i]) {
                    continue;
                }
                int h = random.nextInt(s.groups);
                if (h == g || s.size[h] == 0) {
                    continue;
                }
                int j = s.members[h][random.nextInt(s.size[h])];
                if (locked[j] || (constrained && swapRefusal(i, g, j, h) != null)) {
                    continue;
                }
                double delta = instance.sumTo(i, s, h) - own[i] + instance.sumTo(j, s, g) - own[j] - 2 * instance.score(i, j);
                move(i, h);
                move(j, g);
                objective += delta;
                settle(g, h);
                break;
            }
        }
    }

    private void move(int i, int to) {
        int from = s.groupOf[i];
        if (logging) {
            if (logSize == logPerson.length) {
                logPerson = java.util.Arrays.copyOf(logPerson, logSize * 2);
                logFrom = java.util.Arrays.copyOf(logFrom, logSize * 2);
            }
            logPerson[logSize] = i;
            logFrom[logSize++] = from;
        }
        if (from >= 0) {
            s.remove(i);
        }
        if (to >= 0) {
            s.add(i, to);
        }
        instance.moved(i, from, to);
    }

    /** After groups {@code g} and {@code h} changed: their members' sums, and their members queued. */
    private void settle(int g, int h) {
        refresh(g);
        refresh(h);
        enqueueGroup(g);
        enqueueGroup(h);
    }

    private void refresh(int g) {
        for (int x = 0; x < s.size[g]; x++) {
            int j = s.members[g][x];
            own[j] = instance.sumTo(j, s, g);
        }
    }

    /** Back to the grouping before this round's perturbation. */
    private void undo() {
        boolean wasLogging = logging;
        logging = false;
        for (int k = logSize - 1; k >= 0; k--) {
            int i = logPerson[k];
            int now = s.groupOf[i];
            move(i, logFrom[k]);
            if (now >= 0) {
                refresh(now);
            }
            if (logFrom[k] >= 0) {
                refresh(logFrom[k]);
            }
        }
        logSize = 0;
        logging = wasLogging;
        while (count > 0) {
            queued[queue[head]] = false;
            head = (head + 1) % queue.length;
            count--;
        }
    }

    /** The objective recomputed from scratch (the tracked one drifts by rounding). */
    double exactObjective() {
        double total = 0;
        for (int g = 0; g < s.groups; g++) {
            int[] m = s.members[g];
            for (int x = 0; x < s.size[g]; x++) {
                for (int y = x + 1; y < s.size[g]; y++) {
                    total += instance.score(m[x], m[y]);
                }
            }
        }
        return total;
    }
}
