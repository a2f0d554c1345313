package ca.relais.server.demo;

import ca.relais.api.CatalogueDto;
import ca.relais.server.store.ApiKeyStore;
import ca.relais.server.store.CatalogueStore;
import ca.relais.server.store.Database;
import ca.relais.server.store.UserStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

/**
 * Times the full demo city on a fresh H2 file database and prints what it made; run by hand, never by the build:
 * {@code java -cp target/test-classes:target/classes:<deps> ca.relais.server.demo.DemoCityTiming}.
 */
public final class DemoCityTiming {
    private static final String[] TABLES =
            {"addresses", "callers", "requests", "request_events", "request_callers", "change_log"};
    private static final String[] COLUMNS = {"status", "nature", "channel", "department_code", "created_by"};
    private static final String[] CHECKS = {
        "SELECT COUNT(*) FROM request_events WHERE kind = 'HANDOFF'",
        "SELECT COUNT(*) FROM requests WHERE caller_id IS NULL",
        "SELECT COUNT(*) FROM requests WHERE reopened_count > 0",
        "SELECT COUNT(*) FROM requests WHERE status IN ('CLOSED', 'RESOLVED') AND due_at IS NOT NULL",
        "SELECT COUNT(*) FROM requests WHERE status IN ('CLOSED', 'RESOLVED') AND closed_at <= due_at"};

    private DemoCityTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("relais-demo-city");
        String url = "jdbc:h2:file:" + dir.resolve("relais-server")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Database db = Database.open(url, null, null)) {
            CatalogueStore catalogues = new CatalogueStore(db);
            new DemoSeed(db, catalogues, new UserStore(db), new ApiKeyStore(db)).seedIfEmpty();
            CatalogueDto catalogue = catalogues.catalogue(DemoSeed.CITY);
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long process = processCpu();
            long[] seeded = new long[1];
            DemoCity.Summary summary = db.inTransaction(c -> {
                DemoCity.Summary s = DemoCity.seed(c, DemoSeed.CITY, catalogue, DemoCity.Scale.FULL, 2026L,
                        Instant.now());
                seeded[0] = System.nanoTime();
                return s;
            });
            long end = System.nanoTime();
            System.out.printf("FULL scale on H2: %.2f s (seed %.2f s, commit %.2f s); CPU %.2f s on the seeding "
                            + "thread, %.2f s for the process%n%s%n", (end - start) / 1e9, (seeded[0] - start) / 1e9,
                    (end - seeded[0]) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (processCpu() - process) / 1e9, summary);
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    for (String table : TABLES) {
                        System.out.printf("  %-16s %,7d%n", table, single(st, "SELECT COUNT(*) FROM " + table));
                    }
                    for (String column : COLUMNS) {
                        StringBuilder line = new StringBuilder("  " + column + ":");
                        try (ResultSet rs = st.executeQuery("SELECT " + column + ", COUNT(*) FROM requests GROUP BY "
                                + column + " ORDER BY 2 DESC")) {
                            while (rs.next()) {
                                line.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
                            }
                        }
                        System.out.println(line);
                    }
                    for (String sql : CHECKS) {
                        System.out.printf("  %,7d  %s%n", single(st, sql), sql);
                    }
                }
                return null;
            });
        }
    }

    private static long single(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
