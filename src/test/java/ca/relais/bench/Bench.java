package ca.relais.bench;

import java.io.PrintStream;
import java.util.Arrays;

/** Shared helpers: percentiles and the {@code BENCH <name> <value> <unit>} line format. */
final class Bench {
    private Bench() {
    }

    static void line(PrintStream out, String name, double value, String unit) {
        out.printf(java.util.Locale.ROOT, "BENCH %s %.3f %s%n", name, value, unit);
        out.flush();
    }

    /** Deletes a benchmark's temporary folder and everything in it. */
    static void delete(java.nio.file.Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** CPU time used so far by this whole process (every thread, GC included), in nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Nearest-rank percentile of nanosecond samples, in milliseconds. */
    static double percentileMillis(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1_000_000.0;
    }
}
