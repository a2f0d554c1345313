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
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + System.getProperty("relais.h2.extra", "");
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
                long[] seeded = new long[1];
                DemoCity.Summary summary = db.inTransaction(c -> {
                    DemoCity.Summary s = DemoCity.seed(c, DemoSeed.CITY, catalogue, DemoCity.Scale.FULL, 2026L,
                            Instant.now());
                    seeded[0] = System.nanoTime();
                    if (!keep) {
                        c.rollback();
                    }
                    return s;
                });
                System.out.printf("FULL scale on H2 in %.2f s (seed %.2f s + commit %.2f s; CPU: %.2f s seeding "
                                + "thread, %.2f s process): %s%n", (System.nanoTime() - start) / 1e9,
                        (seeded[0] - start) / 1e9, (System.nanoTime() - seeded[0]) / 1e9,
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
                    for (String column : new String[] {"status", "nature", "channel", "department_code",
                        "created_by", "borough"}) {
                        try (ResultSet rs = st.executeQuery("SELECT " + column + ", COUNT(*) FROM requests GROUP BY "
                                + column + " ORDER BY 2 DESC")) {
                            StringBuilder line = new StringBuilder("  " + column + ":");
                            while (rs.next()) {
                                line.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
                            }
                            System.out.println(line);
                        }
                    }
                    for (String sql : new String[] {
                        "SELECT COUNT(*) FROM request_events WHERE kind = 'HANDOFF'",
                        "SELECT COUNT(*) FROM requests WHERE nature <> 'INFORMATION'",
                        "SELECT COUNT(*) FROM requests WHERE reopened_count > 0",
                        "SELECT COUNT(*) FROM requests WHERE status IN ('CLOSED', 'RESOLVED') AND due_at IS NOT NULL",
                        "SELECT COUNT(*) FROM requests WHERE status IN ('CLOSED', 'RESOLVED') AND closed_at <= due_at",
                        "SELECT COUNT(*) FROM requests WHERE caller_id IS NULL",
                        "SELECT COUNT(*) FROM requests WHERE description NOT LIKE '%é%' AND description NOT LIKE '%à%' "
                                + "AND (description LIKE '% the %' OR description LIKE '%My %' OR description LIKE 'I %')",
                        "SELECT COUNT(*) FROM (SELECT caller_id FROM requests WHERE caller_id IS NOT NULL GROUP BY caller_id "
                                + "HAVING COUNT(*) >= 10) f",
                        "SELECT MAX(n) FROM (SELECT COUNT(*) n FROM requests WHERE address_id IS NOT NULL GROUP BY address_id) a"}) {
                        try (ResultSet rs = st.executeQuery(sql)) {
                            rs.next();
                            System.out.printf("  %,7d  %s%n", rs.getLong(1), sql);
                        }
                    }
                }
                return null;
            });
        }
    }
}
