package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated bad requests across every endpoint: none may produce a 5xx, and none may leave a
 * half-written record behind.
 */
class FuzzTest {
    private static final long SEED = 20261129L;
    private static final int ROUNDS = 160;
    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String token;
    static UUID caller;
    static UUID request;
    static final OkHttpClient CLIENT = new OkHttpClient();

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        token = http.login("agent8000", "relais-demo");
        caller = UUID.randomUUID();
        http.post("/api/v1/callers", token, "{\"id\":\"" + caller + "\",\"last_name\":\"Fuzz\"}");
        request = UUID.randomUUID();
        http.post("/api/v1/requests", token, "{\"id\":\"" + request
                + "\",\"type_code\":\"INF-HEURES\",\"nature\":\"INFORMATION\"}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Target(String method, String path) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("POST", "/api/v1/session"),
            new Target("POST", "/api/v1/callers"),
            new Target("PATCH", "/api/v1/callers/{caller}"),
            new Target("POST", "/api/v1/requests"),
            new Target("PATCH", "/api/v1/requests/{request}"),
            new Target("POST", "/api/v1/requests/{request}/notes"),
            new Target("POST", "/api/v1/requests/{request}/handoffs"),
            new Target("GET", "/api/v1/requests"),
            new Target("GET", "/api/v1/callers"),
            new Target("GET", "/api/v1/addresses"),
            new Target("GET", "/api/v1/changes"),
            new Target("GET", "/api/v1/reports/accountability"),
            new Target("GET", "/api/v1/requests/{request}"),
            new Target("GET", "/api/v1/callers/{caller}"),
            new Target("POST", "/api/v1/kb/feedback"),
            new Target("POST", "/api/v1/kb/gaps"),
            new Target("POST", "/api/v1/requests/{request}/accept"),
            new Target("POST", "/api/v1/requests/{request}/reopen"),
            new Target("POST", "/api/v1/requests/{request}/merge"),
            new Target("POST", "/api/v1/requests/bulk"),
            new Target("GET", "/api/v1/inbox"),
            new Target("GET", "/api/v1/routing/suggest"));

    static final String[] NASTY = {"", " ", "null", "true", "-1", "0", "1e309", "NaN", "\"\"", "[]", "{}",
        "\"' OR 1=1 --\"", "\"'; DROP TABLE requests; --\"", "\"<script>alert(1)</script>\"", "\"%00\"",
        "\"\\u0000\"", "\"2026-02-30T25:61:00Z\"", "\"0000-00-00\"", "\"819\"", "\"A1A1A1Z\"", "\"D0D 0D0\"",
        "\"" + "x".repeat(20_000) + "\"", "99999999999999999999999", "{\"$gt\":\"\"}", "[[[[[[[[]]]]]]]]",
        "\"\\ud800\"", "\"é\u00e9\u0301\"", "\"../../etc/passwd\"", "\"NOPE\"", "-0.0"};

    static final String[] FIELDS = {"id", "type_code", "nature", "channel", "caller_id", "location", "description",
        "attributes", "status", "department", "assignee", "resolution", "text", "visibility", "to_department", "note",
        "urgency", "callback", "first_name", "last_name", "phones", "emails", "address_id", "language", "consent",
        "username", "password", "kb_article_id", "article_id", "rating", "comment", "query", "result_count",
        "reason", "resolution_code", "duplicates", "items", "action", "version"};

    static final String[] PARAMS = {"q", "limit", "cursor", "since", "status", "near", "caller", "type",
        "department", "created_since", "from", "to", "format", "filter", "nature", "address_id", "borough"};

    @Test
    void noBadInputProducesA5xxOrAHalfWrittenRecord() throws Exception {
        Instant start = Instant.now().minusSeconds(5);
        Random random = new Random(SEED);
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Target target : TARGETS) {
                String path = target.path().replace("{caller}", caller.toString())
                        .replace("{request}", request.toString());
                Request req = target.method().equals("GET") ? badQuery(random, path) : badBody(random, target, path);
                try (Response response = CLIENT.newCall(req).execute()) {
                    sent++;
                    String body = response.body() == null ? "" : response.body().string();
                    if (response.code() >= 500) {
                        failures.add(req.method() + " " + req.url() + " → " + response.code() + " " + body);
                    } else if (response.code() >= 400 && !target.path().contains("session")) {
                        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    }
                }
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(2000);
        assertThat(failures).isEmpty();
        assertNoHalfWrittenRecords(start);
    }

    private static Request badQuery(Random random, String path) {
        StringBuilder query = new StringBuilder("?");
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String name = PARAMS[random.nextInt(PARAMS.length)];
            String value = NASTY[random.nextInt(NASTY.length)].replace("\"", "");
            if (value.length() > 3000) {
                value = value.substring(0, 3000);
            }
            query.append(name).append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))
                    .append('&');
        }
        String target = random.nextInt(10) == 0 ? path + "x" + random.nextInt(1000) : path;
        return new Request.Builder().url(server.baseUrl() + target + query).header("Authorization", "Bearer " + token)
                .get().build();
    }

    private static Request badBody(Random random, Target target, String path) {
        byte[] body = switch (random.nextInt(6)) {
            case 0 -> randomBytes(random);
            case 1 -> truncated(random);
            case 2 -> mutatedObject(random).getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            case 4 -> ("[" + mutatedObject(random) + "]").getBytes(StandardCharsets.UTF_8);
            default -> mutatedObject(random).getBytes(StandardCharsets.UTF_8);
        };
        Request.Builder b = new Request.Builder().url(server.baseUrl() + path)
                .header("Authorization", "Bearer " + token)
                .method(target.method(), RequestBody.create(body, JSON));
        if (target.method().equals("PATCH") && random.nextBoolean()) {
            String[] etags = {"\"1\"", "W/\"1\"", "garbage", "\"-5\"", "\"99999999999999999999\"", "*"};
            b.header("If-Match", etags[random.nextInt(etags.length)]);
        }
        if (random.nextInt(8) == 0) {
            b.header("Idempotency-Key", "fuzz:" + random.nextInt(50));
        }
        return b.build();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] truncated(Random random) {
        String valid = "{\"id\":\"" + UUID.randomUUID() + "\",\"type_code\":\"VOI-NIDPOULE\",\"nature\":\"REQUEST\","
                + "\"location\":{\"address\":\"1 rue King\",\"lat\":45.4,\"long\":-71.9},"
                + "\"attributes\":{\"SIZE\":\"SMALL\",\"POSITION\":\"LANE\"},\"description\":\"trou\"}";
        return valid.substring(0, 1 + random.nextInt(valid.length() - 2)).getBytes(StandardCharsets.UTF_8);
    }

    private static String mutatedObject(Random random) {
        StringBuilder sb = new StringBuilder("{");
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String field = FIELDS[random.nextInt(FIELDS.length)];
            String value = NASTY[random.nextInt(NASTY.length)];
            if (value.isBlank() || value.equals("-1") && random.nextBoolean()) {
                value = "\"" + UUID.randomUUID() + "\"";
            }
            sb.append('"').append(field).append("\":").append(value);
        }
        if (random.nextBoolean()) {
            sb.append(",\"type_code\":\"VOI-NIDPOULE\",\"attributes\":{\"SIZE\":")
                    .append(NASTY[random.nextInt(NASTY.length)].isBlank() ? "1" : NASTY[random.nextInt(NASTY.length)])
                    .append("}");
        }
        return sb.append('}').toString();
    }

    private static void assertNoHalfWrittenRecords(Instant since) throws SQLException {
        try (Connection c = server.database().connection(); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT COUNT(*) FROM requests r WHERE NOT EXISTS (SELECT 1 FROM request_events e "
                    + "WHERE e.request_id = r.id AND e.kind = 'CREATED')")).as("requests without history").isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM requests r WHERE r.version <> (SELECT COUNT(*) FROM change_log l "
                    + "WHERE l.entity = 'request' AND l.entity_id = CAST(r.id AS VARCHAR(100))) AND r.created_at > ?",
                    since)).as("request versions without their change-log entries").isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM callers x WHERE x.version <> (SELECT COUNT(*) FROM change_log l "
                    + "WHERE l.entity = 'caller' AND l.entity_id = CAST(x.id AS VARCHAR(100))) AND x.created_at > ?",
                    since)).as("caller versions without their change-log entries").isZero();
            assertThat(count(st, "SELECT COUNT(*) FROM request_events e WHERE NOT EXISTS (SELECT 1 FROM requests r "
                    + "WHERE r.id = e.request_id)")).isZero();
        }
    }

    private static long count(Connection c, String sql, Instant since) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, java.sql.Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }


}
