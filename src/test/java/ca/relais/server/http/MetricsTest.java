package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
    private static final String SCRAPE_TOKEN = "prometheus-" + UUID.randomUUID();
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = RelaisServer.start(ServerConfig.local(dir, ServerConfig.Seed.DEMO)
                .withDemo(null, false)
                .withOperations(new ServerConfig.Operations(SCRAPE_TOKEN, 24, Duration.ofHours(24))));
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void onlyAnAdminOrTheScrapeTokenMayReadMetrics() {
        assertThat(http.get("/metrics", null).status()).isEqualTo(401);
        assertThat(http.get("/metrics", "not-" + SCRAPE_TOKEN).status()).isEqualTo(401);
        for (String user : new String[] {"agent8000", "supervisor", "ombudsman"}) {
            Http.Reply reply = http.get("/metrics", http.login(user, "relais-demo"));
            assertThat(reply.status()).as(user).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get("/metrics", http.login("admin", "relais-demo")).status()).isEqualTo(200);
        assertThat(http.get("/metrics", SCRAPE_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void requestsErrorsOutboxPushesPoolAndJvmAreExposedWithoutIdsInLabels() {
        String agent = http.login("agent8000", "relais-demo");
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"type_code\":\"VOI-NIDPOULE\",\"location\":{\"address\":\"12 rue King "
                + "Ouest\",\"lat\":45.40,\"long\":-71.89},\"description\":\"Nid-de-poule\",\"attributes\":"
                + "{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}}";
        Map<String, String> outboxKey = Map.of("Idempotency-Key", "ws-metrics:1");
        assertThat(http.send("POST", "/api/v1/requests", agent, body, outboxKey).status()).isEqualTo(201);
        assertThat(http.send("POST", "/api/v1/requests", agent, body, outboxKey).status()).isEqualTo(201);
        assertThat(http.send("POST", "/api/v1/requests", agent, "{\"id\":\"" + UUID.randomUUID() + "\"}",
                Map.of("Idempotency-Key", "ws-metrics:2")).status()).isEqualTo(422);
        assertThat(http.get("/api/v1/requests/" + id, agent).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/changes?limit=5", agent).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/no-such-thing/" + id, agent).status()).isEqualTo(404);

        String text = http.get("/metrics", SCRAPE_TOKEN).body();

        assertThat(text)
                .containsPattern("relais_http_requests_seconds_count\\{[^}]*method=\"POST\",route=\"/api/v1/requests\","
                        + "status=\"201\"[^}]*} 2")
                .contains("route=\"/api/v1/requests/{id}\"")
                .containsPattern("relais_http_requests_seconds_count\\{[^}]*route=\"unmatched\",status=\"404\"")
                .doesNotContain(id)
                .containsPattern("relais_outbox_pushes_total\\{result=\"applied\"} 1")
                .containsPattern("relais_outbox_pushes_total\\{result=\"replayed\"} 1")
                .containsPattern("relais_outbox_pushes_total\\{result=\"rejected\"} 1")
                .containsPattern("relais_errors_total\\{class=\"client\",status=\"422\"} 1")
                .contains("relais_sse_clients")
                .contains("relais_feed_head")
                .contains("relais_sync_lag_seconds")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
    }
}
