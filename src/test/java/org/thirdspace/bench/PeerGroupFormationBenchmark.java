package org.thirdspace.bench;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thirdspace.community.peergroup.formation.Budget;
import org.thirdspace.community.peergroup.formation.Edit;
import org.thirdspace.community.peergroup.formation.FormationRequest;
import org.thirdspace.community.peergroup.formation.GeneratedRosters;
import org.thirdspace.community.peergroup.formation.GroupSize;
import org.thirdspace.community.peergroup.formation.HardConstraints;
import org.thirdspace.community.peergroup.formation.Invariants;
import org.thirdspace.community.peergroup.formation.Participant;
import org.thirdspace.community.peergroup.formation.PeerGroupFormation;
import org.thirdspace.community.peergroup.formation.Proposal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer-group formation, in the test JVM (pure computation: no server, no database).
 *
 * <ul>
 *   <li><b>Rosters</b>: 120, 960, 1,000, 10,000 and 50,000 generated people (department, unit, region,
 *   tenure band; languages; office hours in nine time zones; teams) into groups of 6 (5–7) with a
 *   shared language, two hours of working-time overlap and teams apart: wall time, heap, mean
 *   diversity and its ratio to random grouping under the same constraints, and the same roster
 *   without constraints, to show what the constraints cost. Every hard constraint is checked.</li>
 *   <li><b>RanReal-shaped instances</b> (MDGPLIB: uniform random distances, equal groups) of 120
 *   and 960 into groups of 6: the objective in the budget, a baseline of the best of 20
 *   random-restart swap local searches in the same time, and the gap to the best objective of a
 *   longer run ({@code -Dthirdspace.bench.peergroups.reference-seconds=60}; off by default as it
 *   adds two minutes per instance).</li>
 *   <li><b>Edits</b>: a swap and the re-optimisation of the rest, 1,000 people.</li>
 *   <li><b>Scaling</b>: time to the first local optimum from 1,000 to 50,000 people, against n·log n.</li>
 *   <li><b>Many left over</b>: half the roster in one team with teams apart and exact sizes, where most of that team is left out.</li>
 * </ul>
 *
 * <p>Run: {@code mvn -Pbench verify -pl src -Dthirdspace.bench.only=PeerGroupFormationBenchmark};
 * figures go to {@code target/benchmarks/PeerGroupFormationBenchmark.md} and {@code .json}.
 */
class PeerGroupFormationBenchmark {

    private static final int[] ROSTER_SIZES = {120, 960, 1_000, 10_000, 50_000};
    private static final int[] SCALING_SIZES = {1_000, 2_000, 5_000, 10_000, 20_000, 50_000};
    private static final long SEED = 20_260_101L;

    record RosterRow(int people, int groups, int unplaced, double seconds, long heapMb, double diversity, double random,
                     double ratio, double unconstrainedDiversity, double unconstrainedRatio, long rounds, String binding, boolean constraintsHeld) {
    }

    record RanRealRow(int people, double budgetSeconds, double objective, long rounds, double baseline, int baselineRestarts,
                      double reference, double referenceSeconds) {
        double gap() {
            return reference > 0 ? (reference - objective) / reference : Double.NaN;
        }
    }

    record ScalingRow(int people, double seconds, double microsPerNLogN) {
    }

    record LeftOverRow(int people, int unplaced, double seconds) {
    }

    @Test
    void peerGroupFormation() throws Exception {
        String only = System.getProperty("thirdspace.bench.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.contains("PeerGroupFormationBenchmark"), "not selected");
        Path out = Path.of(System.getProperty("thirdspace.bench.out", "target/benchmarks"));
        Files.createDirectories(out);
        long budgetMillis = Long.getLong("thirdspace.bench.peergroups.budget-millis", 2_000);
        int referenceSeconds = Integer.getInteger("thirdspace.bench.peergroups.reference-seconds", 0);

        warmUp();
        List<RosterRow> rosters = new ArrayList<>();
        for (int n : ROSTER_SIZES) {
            rosters.add(roster(n, budgetMillis));
        }
        List<RanRealRow> ranReal = new ArrayList<>();
        for (int n : new int[] {120, 960}) {
            ranReal.add(ranReal(n, budgetMillis, referenceSeconds));
        }
        double[] edits = edits(1_000, 40);
        List<ScalingRow> scaling = new ArrayList<>();
        for (int n : SCALING_SIZES) {
            scaling.add(scaling(n));
        }
        List<LeftOverRow> leftOver = new ArrayList<>();
        for (int n : new int[] {2_000, 20_000, 50_000}) {
            leftOver.add(leftOver(n));
        }
        write(out, budgetMillis, rosters, ranReal, edits, scaling, leftOver);
        assertThat(rosters).allSatisfy(r -> assertThat(r.constraintsHeld()).isTrue());
    }

    private static void warmUp() {
        edits(300, 10);
        for (int k = 0; k < 3; k++) {
            PeerGroupFormation.form(GeneratedRosters.request(GeneratedRosters.roster(2_000, k, 0.85, 0.05), k, new Budget(500, 200)));
            PeerGroupFormation.groupByDistances(GeneratedRosters.ranReal(240, k), 40, k, new Budget(300, Long.MAX_VALUE));
        }
    }

    private static RosterRow roster(int n, long budgetMillis) {
        List<Participant> people = GeneratedRosters.roster(n, SEED + n, 0.85, 0.05);
        FormationRequest request = GeneratedRosters.request(people, SEED, new Budget(budgetMillis, Long.MAX_VALUE));
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        Proposal proposal = PeerGroupFormation.form(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapMb = heap.stop();
        boolean held;
        try {
            Invariants.assertHolds(request, proposal);
            held = true;
        } catch (AssertionError e) {
            held = false;
        }
        Proposal free = PeerGroupFormation.form(new FormationRequest(people, GeneratedRosters.FOUR_ATTRIBUTES,
                request.size(), HardConstraints.NONE, List.of(), SEED, request.budget()));
        return new RosterRow(n, proposal.groups().size(), proposal.unplaced().size(), seconds, heapMb,
                proposal.report().meanDiversity(), proposal.report().randomDiversity(), proposal.report().ratioToRandom(),
                free.report().meanDiversity(), free.report().ratioToRandom(), proposal.report().rounds(), proposal.report().binding().toString(), held);
    }

    private static RanRealRow ranReal(int n, long budgetMillis, int referenceSeconds) {
        double[][] d = GeneratedRosters.ranReal(n, SEED + n);
        int groups = n / 6;
        PeerGroupFormation.MatrixGrouping run = PeerGroupFormation.groupByDistances(d, groups, SEED, new Budget(budgetMillis, Long.MAX_VALUE));
        double[] baseline = randomRestartSwapSearch(d, groups, 20, budgetMillis, new SplittableRandom(SEED));
        double reference = 0;
        if (referenceSeconds > 0) {
            reference = PeerGroupFormation.groupByDistances(d, groups, SEED + 1, new Budget(referenceSeconds * 1000L, Long.MAX_VALUE)).objective();
        }
        return new RanRealRow(n, budgetMillis / 1000.0, run.objective(), run.rounds(), baseline[0], (int) baseline[1],
                Math.max(reference, referenceSeconds > 0 ? run.objective() : 0), referenceSeconds);
    }

    /**
     * The baseline: {@code restarts} times a random equal grouping and a best-improvement swap descent
     * to its local optimum (incremental sums per person and group), each given an equal share of the
     * time. Returns the best objective and the restarts completed.
     */
    static double[] randomRestartSwapSearch(double[][] d, int groups, int restarts, long millis, SplittableRandom random) {
        int n = d.length;
        int each = n / groups;
        double best = Double.NEGATIVE_INFINITY;
        int done = 0;
        long share = millis * 1_000_000L / restarts;
        for (int r = 0; r < restarts; r++) {
            long deadline = System.nanoTime() + share;
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int k = n - 1; k > 0; k--) {
                int x = random.nextInt(k + 1);
                int t = order[k];
                order[k] = order[x];
                order[x] = t;
            }
            int[] group = new int[n];
            for (int k = 0; k < n; k++) {
                group[order[k]] = k / each;
            }
            double[][] sums = new double[n][groups];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    sums[i][group[j]] += d[i][j];
                }
            }
            boolean improved = true;
            while (improved && System.nanoTime() < deadline) {
                improved = false;
                for (int i = 0; i < n; i++) {
                    int bestJ = -1;
                    double bestDelta = 1e-12;
                    for (int j = 0; j < n; j++) {
                        int gi = group[i];
                        int gj = group[j];
                        if (gi == gj) {
                            continue;
                        }
                        double delta = sums[i][gj] - sums[i][gi] + sums[j][gi] - sums[j][gj] - 2 * d[i][j];
                        if (delta > bestDelta) {
                            bestDelta = delta;
                            bestJ = j;
                        }
                    }
                    if (bestJ >= 0) {
                        int gi = group[i];
                        int gj = group[bestJ];
                        for (int p = 0; p < n; p++) {
                            sums[p][gi] += d[p][bestJ] - d[p][i];
                            sums[p][gj] += d[p][i] - d[p][bestJ];
                        }
                        group[i] = gj;
                        group[bestJ] = gi;
                        improved = true;
                    }
                }
            }
            double objective = 0;
            for (int i = 0; i < n; i++) {
                objective += sums[i][group[i]];
            }
            best = Math.max(best, objective / 2);
            done++;
        }
        return new double[] {best, done};
    }

    /** Milliseconds of each of {@code edits} swaps with re-optimisation, on a proposal for {@code n} people. */
    private static double[] edits(int n, int edits) {
        FormationRequest request = GeneratedRosters.request(GeneratedRosters.roster(n, SEED, 0.85, 0.05), SEED, new Budget(2_000, 500));
        Proposal proposal = PeerGroupFormation.form(request);
        FormationRequest editing = request.withBudget(Budget.EDITING);
        SplittableRandom random = new SplittableRandom(SEED);
        List<Double> times = new ArrayList<>();
        int attempts = 0;
        while (times.size() < edits && attempts++ < edits * 20) {
            Proposal.Group a = proposal.groups().get(random.nextInt(proposal.groups().size()));
            Proposal.Group b = proposal.groups().get(random.nextInt(proposal.groups().size()));
            if (a == b) {
                continue;
            }
            Edit swap = new Edit.Swap(a.members().get(0), b.members().get(0));
            long start = System.nanoTime();
            try {
                Proposal edited = PeerGroupFormation.reoptimise(editing, proposal, List.of(swap));
                times.add((System.nanoTime() - start) / 1e6);
                Invariants.assertHolds(editing, edited);
            } catch (org.thirdspace.community.peergroup.formation.EditRefused refused) {
                // A swap the constraints forbid is refused at once; only accepted ones are timed.
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Time to the first local optimum (no perturbation rounds). */
    private static ScalingRow scaling(int n) {
        FormationRequest request = GeneratedRosters.request(GeneratedRosters.roster(n, SEED + 7, 0.85, 0.05), SEED, new Budget(120_000, 0));
        long start = System.nanoTime();
        PeerGroupFormation.form(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ScalingRow(n, seconds, seconds * 1e6 / (n * (Math.log(n) / Math.log(2))));
    }

    /**
     * Many who cannot be placed: half the roster in one team, teams kept apart, groups of exactly six,
     * so each group takes one of them and the rest are left out; time to the first local optimum.
     */
    private static LeftOverRow leftOver(int n) {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(Participant.of("p" + i).withCategory("department", "d" + i % 5).withTeam(i % 2 == 0 ? "one" : "t" + i));
        }
        FormationRequest request = new FormationRequest(people, GeneratedRosters.FOUR_ATTRIBUTES, new GroupSize(6, 6, 6),
                new HardConstraints(false, 0, true, Set.of()), List.of(), SEED, new Budget(120_000, 0));
        long start = System.nanoTime();
        Proposal proposal = PeerGroupFormation.form(request);
        return new LeftOverRow(n, proposal.unplaced().size(), (System.nanoTime() - start) / 1e9);
    }

    /** The heap's high-water mark above its level after a collection, sampled every 5 ms. */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final long floor;
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapWatch() {
            System.gc();
            floor = memory.getHeapMemoryUsage().getUsed();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        long stop() throws RuntimeException {
            running = false;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            return Math.max(0, peak.get() - floor) >> 20;
        }
    }

    private static void write(Path out, long budgetMillis, List<RosterRow> rosters, List<RanRealRow> ranReal, double[] edits,
                              List<ScalingRow> scaling, List<LeftOverRow> leftOver) throws Exception {
        StringBuilder md = new StringBuilder("# Peer-group formation benchmark\n\n")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ").append(Runtime.version())
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, ").append(Instant.now())
                .append(". Search budget ").append(budgetMillis).append(" ms per run.\n\n")
                .append("## Rosters (groups of 6, 5–7; four attributes; shared language, 2 h overlap, teams apart)\n\n")
                .append("| People | Groups | Unplaced | Wall time (s) | Heap high-water (MB) | Mean diversity | Random | Ratio | Without constraints: mean diversity | and ratio | Rounds | Constraints held | Target |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        List<Object> rosterJson = new ArrayList<>();
        for (RosterRow r : rosters) {
            String target = r.people() == 10_000 ? (r.seconds() < 3 && r.constraintsHeld() ? "< 3 s: met" : "< 3 s: missed") : "";
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %d | %.2f | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %s | %s |%n",
                    r.people(), r.groups(), r.unplaced(), r.seconds(), r.heapMb(), r.diversity(), r.random(), r.ratio(),
                    r.unconstrainedDiversity(), r.unconstrainedRatio(), r.rounds(), r.constraintsHeld() ? "yes" : "NO", target));
            rosterJson.add(Map.ofEntries(Map.entry("people", r.people()), Map.entry("groups", r.groups()),
                    Map.entry("unplaced", r.unplaced()), Map.entry("seconds", r.seconds()), Map.entry("heapMb", r.heapMb()),
                    Map.entry("meanDiversity", r.diversity()), Map.entry("randomDiversity", r.random()),
                    Map.entry("ratioToRandom", r.ratio()), Map.entry("diversityWithoutConstraints", r.unconstrainedDiversity()),
                    Map.entry("ratioWithoutConstraints", r.unconstrainedRatio()),
                    Map.entry("rounds", r.rounds()), Map.entry("binding", r.binding()),
                    Map.entry("constraintsHeld", r.constraintsHeld())));
        }
        md.append("\nBinding constraints (improving moves refused, people left unplaced):\n\n");
        for (RosterRow r : rosters) {
            md.append(String.format(Locale.ROOT, "* %,d: %s%n", r.people(), r.binding()));
        }
        md.append("\n## RanReal-shaped instances (uniform random distances, groups of 6)\n\n")
                .append("| People | Budget (s) | Objective | Rounds | Best of 20 random-restart swap searches, same time | Restarts done | Beats baseline | Reference objective | Reference run (s) | Gap to reference | Target |\n")
                .append("|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|\n");
        List<Object> ranJson = new ArrayList<>();
        for (RanRealRow r : ranReal) {
            boolean measured = r.reference() > 0;
            String target = r.people() == 960 && measured ? (r.gap() <= 0.01 ? "≤ 1 %: met" : "≤ 1 %: missed") : "";
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %.3f | %d | %.3f | %d | %s | %s | %s | %s | %s |%n", r.people(),
                    r.budgetSeconds(), r.objective(), r.rounds(), r.baseline(), r.baselineRestarts(),
                    r.objective() > r.baseline() ? "yes" : "NO", measured ? String.format(Locale.ROOT, "%.3f", r.reference()) : "—",
                    measured ? String.valueOf((int) r.referenceSeconds()) : "—",
                    measured ? String.format(Locale.ROOT, "%.2f %%", 100 * r.gap()) : "—", target));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("people", r.people());
            row.put("budgetSeconds", r.budgetSeconds());
            row.put("objective", r.objective());
            row.put("rounds", r.rounds());
            row.put("baseline", r.baseline());
            row.put("baselineRestarts", r.baselineRestarts());
            if (measured) {
                row.put("reference", r.reference());
                row.put("referenceSeconds", r.referenceSeconds());
                row.put("gap", r.gap());
            }
            ranJson.add(row);
        }
        if (ranReal.stream().noneMatch(r -> r.reference() > 0)) {
            md.append("\nNo reference run: add `-Dthirdspace.bench.peergroups.reference-seconds=60` for the gap.\n");
        }
        double p50 = edits.length == 0 ? Double.NaN : edits[edits.length / 2];
        double p95 = edits.length == 0 ? Double.NaN : edits[(int) Math.ceil(edits.length * 0.95) - 1];
        double max = edits.length == 0 ? Double.NaN : edits[edits.length - 1];
        md.append(String.format(Locale.ROOT, "%n## Edits (1,000 people)%n%nA swap and the re-optimisation of everyone else, %d edits: "
                + "p50 %.1f ms, p95 %.1f ms, max %.1f ms. Target < 200 ms: %s at p95, %s at the max.%n", edits.length, p50, p95, max,
                p95 < 200 ? "met" : "missed", max < 200 ? "met" : "missed"));
        md.append("\n## Scaling (time to the first local optimum, constraints on)\n\n")
                .append("| People | Seconds | µs per n·log₂n |\n|---:|---:|---:|\n");
        List<Object> scalingJson = new ArrayList<>();
        for (ScalingRow r : scaling) {
            md.append(String.format(Locale.ROOT, "| %,d | %.3f | %.3f |%n", r.people(), r.seconds(), r.microsPerNLogN()));
            scalingJson.add(Map.of("people", r.people(), "seconds", r.seconds(), "microsPerNLogN", r.microsPerNLogN()));
        }
        md.append("\nA flat last column means the cost grows like n·log n; a falling one, slower.\n");
        md.append("\n## Many left over (half the roster in one team, teams apart, groups of exactly 6; first local optimum)\n\n")
                .append("| People | Unplaced | Seconds |\n|---:|---:|---:|\n");
        List<Object> leftOverJson = new ArrayList<>();
        for (LeftOverRow r : leftOver) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %.3f |%n", r.people(), r.unplaced(), r.seconds()));
            leftOverJson.add(Map.of("people", r.people(), "unplaced", r.unplaced(), "seconds", r.seconds()));
        }
        Files.writeString(out.resolve("PeerGroupFormationBenchmark.md"), md.toString());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "PeerGroupFormationBenchmark");
        json.put("budgetMillis", budgetMillis);
        json.put("rosters", rosterJson);
        json.put("ranReal", ranJson);
        json.put("editMillis", Arrays.stream(edits).boxed().toList());
        json.put("scaling", scalingJson);
        json.put("leftOver", leftOverJson);
        Files.writeString(out.resolve("PeerGroupFormationBenchmark.json"), JSONObjectUtils.toJSONString(json));
    }
}
