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

    /**
     * CPU time used so far by a local PostgreSQL server (its postmaster, the children it reaped, and its living
     * backends), in nanoseconds, read from {@code /proc}; -1 when that is not possible (remote server, not Linux).
     */
    static long postgresCpuNanos(javax.sql.DataSource ds) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SHOW data_directory")) {
            rs.next();
            java.nio.file.Path pidFile = java.nio.file.Path.of(rs.getString(1), "postmaster.pid");
            long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).strip());
            long ticks = 0;
            try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (java.nio.file.Path proc : (Iterable<java.nio.file.Path>) procs::iterator) {
                    String name = proc.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String[] f;
                    try {
                        String stat = java.nio.file.Files.readString(proc.resolve("stat"));
                        f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    } catch (java.io.IOException gone) {
                        continue;
                    }
                    long pid = Long.parseLong(name);
                    long ppid = Long.parseLong(f[1]);
                    if (pid == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                                + Long.parseLong(f[14]);
                    } else if (ppid == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (Exception e) {
            return -1;
        }
    }

    /** Nearest-rank percentile of nanosecond samples, in milliseconds. */
    static double percentileMillis(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1_000_000.0;
    }
}
