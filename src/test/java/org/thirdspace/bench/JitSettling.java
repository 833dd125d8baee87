package org.thirdspace.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The end of a benchmark's warm-up: load in steps until the servers' JIT compilers have gone
 * quiet, as on servers that have run for hours. A fixed warm-up does not do on two cores: after
 * 60 s of the mixed load the compiler threads still took 11-15 % of a core per node (and two nodes
 * compile everything twice); after 120 s of launches the one C2 thread was still compiling the
 * launch path's hottest methods, and the levels read 5.33 ms of server CPU per launch against 2.34
 * once it had finished.
 */
final class JitSettling {

    /** The JIT's CPU per server per second below which a server counts as warmed up: 2 % of a core. */
    static final double SETTLED_MILLIS_PER_SECOND = 20;
    private static final Duration STEP = Duration.ofSeconds(15);

    /** One step of warm-up load, as long as it is given. */
    interface Step {
        void run(Duration length) throws InterruptedException;
    }

    private JitSettling() {
    }

    /**
     * Runs {@code step} until no server's compiler threads used more than
     * {@link #SETTLED_MILLIS_PER_SECOND} over the last one, or for at most {@code atMost}; returns
     * the busiest server's JIT CPU per second over the last step.
     */
    static double settle(List<Long> pids, Duration atMost, Step step) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            double[] before = pids.stream().mapToDouble(ProcessCpu::compilerMillis).toArray();
            long start = System.nanoTime();
            step.run(STEP);
            double seconds = (System.nanoTime() - start) / 1e9;
            double busiest = 0;
            for (int i = 0; i < pids.size(); i++) {
                busiest = Math.max(busiest, (ProcessCpu.compilerMillis(pids.get(i)) - before[i]) / seconds);
            }
            System.out.printf(Locale.ROOT, "[jit settling] %.0f s left: busiest server's JIT %.1f ms/s%n",
                    (deadline - System.nanoTime()) / 1e9, busiest);
            if (busiest <= SETTLED_MILLIS_PER_SECOND || System.nanoTime() > deadline) {
                return busiest;
            }
        }
    }
}
