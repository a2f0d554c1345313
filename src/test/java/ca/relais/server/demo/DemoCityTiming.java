package ca.relais.server.demo;

import ca.relais.api.CatalogueDto;
import ca.relais.server.store.ApiKeyStore;
import ca.relais.server.store.CatalogueStore;
import ca.relais.server.store.Database;
import ca.relais.server.store.UserStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

/** Measures the full demo city on a fresh H2 file database; run by hand, never by the build. */
public final class DemoCityTiming {
    private DemoCityTiming() {
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("relais-demo-city");
        String url = "jdbc:h2:file:" + dir.resolve("relais-server")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Database db = Database.open(url, null, null)) {
            CatalogueStore catalogues = new CatalogueStore(db);
            new DemoSeed(db, catalogues, new UserStore(db), new ApiKeyStore(db)).seedIfEmpty();
            CatalogueDto catalogue = catalogues.catalogue(DemoSeed.CITY);
            int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
            for (int run = 1; run <= runs; run++) {
                boolean keep = run == runs;
                long start = System.nanoTime();
                long cpu = cpu();
                long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                DemoCity.Summary summary = db.inTransaction(c -> {
                    DemoCity.Summary s = DemoCity.seed(c, DemoSeed.CITY, catalogue, DemoCity.Scale.FULL, 2026L,
                            Instant.now());
                    if (!keep) {
                        c.rollback();
                    }
                    return s;
                });
                System.out.printf("FULL scale on H2 in %.2f s (CPU: %.2f s seeding thread, %.2f s process): %s%n",
                        (System.nanoTime() - start) / 1e9,
                        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread) / 1e9,
                        (cpu() - cpu) / 1e9, summary);
            }
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    for (String table : new String[] {"addresses", "callers", "requests", "request_events",
                        "request_callers", "change_log"}) {
                        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                            rs.next();
                            System.out.printf("  %-16s %,d%n", table, rs.getLong(1));
                        }
                    }
                }
                return null;
            });
        }
    }
}
