package org.thirdspace.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used so far (user + system, from /proc). Divided by the work done it
 * gives a cost per operation that, unlike latency, barely changes when something else shares the
 * machine — the figure to compare changes by on a busy 2-core box.
 */
final class ProcessCpu {

    /** Linux reports /proc times in clock ticks; USER_HZ is 100 on every common kernel build. */
    private static final double MILLIS_PER_TICK = 10.0;

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
            return millis(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
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
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            double sum = 0;
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.matches("C[12] CompilerThre.*")) {
                        sum += millis(stat);
                    }
                } catch (IOException ended) {
                    // A thread that ended meanwhile.
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * CPU time of the local PostgreSQL: its processes (the kernel names them all "postgres"), with
     * what the ended children of each used (a connection's backend exits with it, and its time
     * then counts in the postmaster's). Other databases' work on the same server counts too.
     */
    static double databaseMillis() {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            double sum = 0;
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if ("postgres".equals(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime, stime, cutime, cstime: fields 14 to 17 (proc(5)).
                        for (int i = 11; i <= 14; i++) {
                            sum += Long.parseLong(fields[i]) * MILLIS_PER_TICK;
                        }
                    }
                } catch (IOException ended) {
                    // A process that ended meanwhile.
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** User + system time of a /proc stat line. */
    private static double millis(String stat) {
        // Fields after the command name (which may hold spaces, hence the last ')'): state is
        // field 3, utime field 14, stime field 15 (proc(5)).
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    }
}
