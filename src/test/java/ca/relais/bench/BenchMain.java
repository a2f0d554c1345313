package ca.relais.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Runs the benchmarks named in {@code -Dbench=a,b} (default: all). Run with {@code mvn -B -Pbench verify}; every
 * figure is printed as {@code BENCH <name> <value> <unit>}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = System.getProperty("bench", "all");
        List<String> selected = Arrays.asList(which.split(","));
        boolean all = selected.contains("all");
        System.out.println("# Relais benchmarks on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", " + java.time.LocalDate.now());
        if (all || selected.contains("server")) {
            ServerBenchmark.main(new String[0]);
        }
        if (all || selected.contains("kb")) {
            ca.relais.search.bench.KbBenchmark.run(System.out);
        }
        if (selected.contains("reports")) {
            ReportsBenchmark.main(new String[0]);
        }
        if (selected.contains("scale")) {
            ScaleProof.main(new String[0]);
        }
        if (all || selected.contains("sync")) {
            SyncBenchmark.main(new String[0]);
            LookupBenchmark.main(new String[0]);
        }
        if (all || selected.contains("ui")) {
            UiBenchmark.main(new String[0]);
        }
    }
}
