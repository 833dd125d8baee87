package org.thirdspace.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * CPU time a process has used so far (user + system, from /proc). Divided by the work done it
 * gives a cost per operation that, unlike latency, barely changes when something else shares the
 * machine — the figure to compare changes by on a busy 2-core box.
 */
final class ProcessCpu {

    /** Linux reports /proc times in clock ticks; USER_HZ is 100 on every common kernel build. */
    private static final double MILLIS_PER_TICK = 10.0;

    /** utime is field 14 of a /proc stat line, then stime, cutime (ended children's), cstime (proc(5)). */
    private static final int UTIME = 14;
    private static final int STIME = 15;
    private static final int CSTIME = 17;

    private ProcessCpu() {
    }

    /** CPU time of every process on the machine (all cores, /proc/stat's first line, idle and I/O wait excluded). */
    static double machineMillis() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double millis(long pid) {
        try {
            return millis(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")), STIME);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * CPU time of a HotSpot JVM's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread1"…,
     * which the kernel names by their first 15 characters). The JVM's own compilation counter is no
     * substitute: it adds up wall time, waits for a core included.
     */
    static double compilerMillis(long pid) {
        return sum(Path.of("/proc", String.valueOf(pid), "task"), name -> name.matches("C[12] CompilerThre.*"), STIME);
    }

    /**
     * CPU time of the local PostgreSQL: its processes (the kernel names them all "postgres"), with
     * what the ended children of each used (a connection's backend exits with it, and its time
     * then counts in the postmaster's). Other databases' work on the same server counts too.
     */
    static double databaseMillis() {
        return sum(Path.of("/proc"), "postgres"::equals, CSTIME);
    }

    /** CPU time of the processes or threads in {@code directory} whose kernel name {@code named} accepts, up to {@code lastField}. */
    private static double sum(Path directory, Predicate<String> named, int lastField) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, p -> p.getFileName().toString().matches("\\d+"))) {
            double sum = 0;
            for (Path entry : entries) {
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    if (named.test(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) {
                        sum += millis(stat, lastField);
                    }
                } catch (IOException ended) {
                    // A process or thread that ended meanwhile.
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The times of a /proc stat line from utime to {@code lastField}. */
    private static double millis(String stat, int lastField) {
        // Fields after the command name (which may hold spaces, hence the last ')'), from field 3 on.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int field = UTIME; field <= lastField; field++) {
            ticks += Long.parseLong(fields[field - 3]);
        }
        return ticks * MILLIS_PER_TICK;
    }
}
