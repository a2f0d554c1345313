package ca.relais.bench;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.server.demo.DemoSeed;
import ca.relais.support.TestDatabases;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.postgresql.PGConnection;

/**
 * Issue 8's benchmark, on PostgreSQL: 250,000 requests over the last 12 months bulk-loaded with COPY, then the
 * dashboard (/queues and every drill-down), the full 12-month accountability report and the trends, over HTTP.
 */
public final class ReportsBenchmark {
    static final ZoneId CITY = ZoneId.of("America/Toronto");
    static final int REQUESTS = Integer.getInteger("bench.reports.requests", 250_000);
    static final int RUNS = 30;
    static final int CHUNK = 25_000;
    static final List<String> CHANNELS = List.of("PHONE_8000", "PHONE_8000", "PHONE_8000", "PHONE_5858", "EMAIL",
            "PORTAL", "COUNTER", "MOBILE_APP", "SOCIAL_MEDIA");
    static final List<String> OPEN = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING");

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("relais-bench-reports");
        ServerConfig config = ServerConfig.local(dir, ServerConfig.Seed.DEMO)
                .withDemo(ca.relais.server.demo.DemoCity.Scale.SMALL, false)
                .withJdbc(TestDatabases.freshPostgresUrl(), TestDatabases.postgresUser(), null);
        try (RelaisServer server = RelaisServer.start(config)) {
            long t0 = System.nanoTime();
            int loaded = load(server, new Random(8L));
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            Bench.line(System.out, "reports_pg_bulk_load_" + loaded + "_requests", loadSeconds, "s");
            OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
            String base = server.baseUrl();
            String token = login(http, base);
            measure(http, base, token, "reports_pg_queues", "/api/v1/queues", RUNS);
            for (String tile : ca.relais.api.QueueTiles.ALL) {
                measure(http, base, token, "reports_pg_items_" + tile, "/api/v1/queues/items?tile=" + tile, RUNS);
            }
            measure(http, base, token, "reports_pg_items_open_department_status",
                    "/api/v1/queues/items?tile=open&department=SEI&status=NEW", RUNS);
            measure(http, base, token, "reports_pg_items_intake_hour_channel",
                    "/api/v1/queues/items?tile=intake&hour=10&channel=PHONE_8000", RUNS);
            LocalDate today = LocalDate.now(CITY);
            String year = "/api/v1/reports/accountability?from=" + today.minusMonths(12) + "&to=" + today;
            measure(http, base, token, "reports_pg_accountability_12_months", year, 5);
            measure(http, base, token, "reports_pg_accountability_12_months_csv", year + "&format=csv", 3);
            measure(http, base, token, "reports_pg_accountability_12_months_pdf", year + "&format=pdf", 3);
            measure(http, base, token, "reports_pg_trends_8_weeks", "/api/v1/reports/trends?weeks=8", 10);
        } finally {
            Bench.delete(dir);
        }
    }

    private static void measure(OkHttpClient http, String base, String token, String name, String path, int runs)
            throws Exception {
        get(http, base, token, path);
        get(http, base, token, path);
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            get(http, base, token, path);
            nanos[i] = System.nanoTime() - t;
        }
        Bench.line(System.out, name + "_p50", Bench.percentileMillis(nanos, 0.50), "ms");
        Bench.line(System.out, name + "_p99", Bench.percentileMillis(nanos, 0.99), "ms");
    }

    private static void get(OkHttpClient http, String base, String token, String path) throws Exception {
        Request r = new Request.Builder().url(base + path).header("Authorization", "Bearer " + token).get().build();
        try (Response response = http.newCall(r).execute()) {
            response.body().bytes();
            if (response.code() != 200) {
                throw new IllegalStateException(path + " answered " + response.code());
            }
        }
    }

    private static String login(OkHttpClient http, String base) throws Exception {
        Request r = new Request.Builder().url(base + "/api/v1/session").post(okhttp3.RequestBody.create(
                "{\"username\":\"supervisor\",\"password\":\"relais-demo\"}",
                okhttp3.MediaType.get("application/json"))).build();
        try (Response response = http.newCall(r).execute()) {
            return response.body().string().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        }
    }

    /**
     * COPYs the requests, a handoff event for every one handed to a borough, then VACUUM ANALYZE (what autovacuum does
     * to a production table after a load).
     */
    static int load(RelaisServer server, Random random) throws Exception {
        List<String[]> types = new ArrayList<>();
        List<String[]> addresses = new ArrayList<>();
        List<String> callers = new ArrayList<>();
        try (Connection c = server.database().connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, department_code, sla_hours FROM "
                    + "request_types WHERE jurisdiction_id = ?")) {
                ps.setString(1, DemoSeed.CITY);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        types.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, borough FROM addresses LIMIT 20000")) {
                while (rs.next()) {
                    addresses.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM callers LIMIT 5000")) {
                while (rs.next()) {
                    callers.add(rs.getString(1));
                }
            }
            Instant now = Instant.now();
            long year = Duration.ofDays(365).toSeconds();
            PGConnection pg = c.unwrap(PGConnection.class);
            StringBuilder requests = new StringBuilder();
            StringBuilder events = new StringBuilder();
            String[] boroughs = {"ARR-BROMPTON", "ARR-FLEURIMONT", "ARR-LENNOXVILLE", "ARR-NATIONS"};
            for (int i = 0; i < REQUESTS; i++) {
                // more recent requests are denser, like a growing service; at least today's intake is realistic
                long ago = (long) (year * Math.pow(random.nextDouble(), 1.1));
                Instant created = now.minusSeconds(ago);
                String[] type = types.get(random.nextInt(types.size()));
                String[] at = addresses.isEmpty() ? null : addresses.get(random.nextInt(addresses.size()));
                boolean recent = ago < Duration.ofDays(30).toSeconds();
                String status = recent && random.nextInt(10) < 4 ? OPEN.get(random.nextInt(OPEN.size()))
                        : !recent && random.nextInt(100) < 2 ? OPEN.get(random.nextInt(OPEN.size()))
                        : random.nextInt(50) == 0 ? "CANCELLED" : random.nextInt(40) == 0 ? "DUPLICATE"
                        : random.nextBoolean() ? "CLOSED" : "RESOLVED";
                int sla = Math.max(1, type[2] == null ? 72 : Integer.parseInt(type[2]));
                Instant due = created.plusSeconds(3600L * Math.max(1, sla));
                Instant closed = OPEN.contains(status) ? null
                        : created.plusSeconds(random.nextInt(4) == 0 ? random.nextInt(900) : random.nextInt(sla * 7200));
                if (closed != null && closed.isAfter(now)) {
                    closed = now;
                }
                String nature = random.nextInt(5) == 0 ? "INFORMATION" : random.nextInt(8) == 0 ? "COMPLAINT"
                        : "REQUEST";
                String department = random.nextInt(6) == 0 ? boroughs[random.nextInt(4)] : type[1];
                UUID id = UUID.randomUUID();
                String caller = callers.isEmpty() || random.nextInt(3) == 0 ? ""
                        : callers.get(random.nextInt(callers.size()));
                requests.append(id).append(',').append(DemoSeed.CITY).append(",B-").append(String.format("%07d", i))
                        .append(',').append(type[0]).append(',').append(nature).append(',')
                        .append(CHANNELS.get(random.nextInt(CHANNELS.size()))).append(',').append(caller).append(',')
                        .append(at == null ? "" : at[0]).append(",,,,").append(at == null || at[1] == null ? ""
                                : at[1]).append(",Demande générée ").append(i).append(",{},").append(status)
                        .append(',').append(department).append(",,2,")
                        .append(random.nextInt(10) == 0 ? "kb-collecte-bac-brun-fr" : "").append(",,,")
                        .append(random.nextBoolean() ? "agent8000" : "agent5858").append(',').append(created)
                        .append(',').append(created).append(',').append(due).append(',')
                        .append(closed == null ? "" : closed.toString()).append(',')
                        .append(random.nextInt(30) == 0 ? 1 : 0).append(",1\n");
                if (department.startsWith("ARR-")) {
                    events.append(id).append(',').append(created.plusSeconds(120)).append(",agent8000,HANDOFF,INTERNAL,")
                            .append("Pour l'arrondissement,\"{\"\"from\"\":\"\"").append(type[1]).append("\"\",\"\"to\"\":\"\"")
                            .append(department).append("\"\"}\"\n");
                }
                if (i % CHUNK == CHUNK - 1 || i == REQUESTS - 1) {
                    pg.getCopyAPI().copyIn("COPY requests (id, jurisdiction_id, number, type_code, nature, channel, "
                            + "caller_id, address_id, location_text, lat, lon, borough, description, attributes_json, "
                            + "status, department_code, assignee, priority, kb_article_id, parent_id, resolution, "
                            + "created_by, created_at, updated_at, due_at, closed_at, reopened_count, version) "
                            + "FROM STDIN WITH (FORMAT csv)", new StringReader(requests.toString()));
                    pg.getCopyAPI().copyIn("COPY request_events (request_id, at, author, kind, visibility, text, "
                            + "data_json) FROM STDIN WITH (FORMAT csv)", new StringReader(events.toString()));
                    requests.setLength(0);
                    events.setLength(0);
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM ANALYZE");
            }
        }
        return REQUESTS;
    }
}
