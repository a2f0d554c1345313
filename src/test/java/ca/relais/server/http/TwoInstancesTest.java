package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import ca.relais.support.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two server instances on one PostgreSQL: a change written through one reaches streams opened on the other. */
class TwoInstancesTest {
    @TempDir
    Path dir;

    @Test
    void eventsCrossInstancesAndTokensWorkOnBoth() throws Exception {
        String url = TestDatabases.freshPostgresUrl();
        ServerConfig a = ServerConfig.local(dir.resolve("a"), ServerConfig.Seed.DEMO)
                .withJdbc(url, TestDatabases.postgresUser(), null);
        ServerConfig b = ServerConfig.local(dir.resolve("b"), ServerConfig.Seed.DEMO)
                .withJdbc(url, TestDatabases.postgresUser(), null);
        try (RelaisServer first = RelaisServer.start(a); RelaisServer second = RelaisServer.start(b)) {
            Http viaA = new Http(first.baseUrl());
            Http viaB = new Http(second.baseUrl());
            String token = viaA.login("agent8000", "relais-demo");
            assertThat(viaB.get("/api/v1/session", token).status()).as("a token is valid on every instance")
                    .isEqualTo(200);

            String cursor = "";
            while (true) {
                var page = viaB.get("/api/v1/changes?limit=1000" + (cursor.isEmpty() ? "" : "&since=" + cursor),
                        token).json();
                cursor = page.get("cursor").asText();
                if (!page.get("has_more").asBoolean()) {
                    break;
                }
            }
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
            EventSource source = EventSources.createFactory(client).newEventSource(new Request.Builder()
                    .url(second.baseUrl() + "/api/v1/events?since=" + cursor)
                    .header("Authorization", "Bearer " + token).build(), new EventSourceListener() {
                        @Override
                        public void onEvent(EventSource s, String id, String type, String data) {
                            events.add(data);
                        }
                    });
            try {
                UUID id = UUID.randomUUID();
                assertThat(viaA.post("/api/v1/requests", token, "{\"id\":\"" + id
                        + "\",\"type_code\":\"INF-HEURES\",\"nature\":\"INFORMATION\"}").status()).isEqualTo(201);
                String data;
                do {
                    data = events.poll(10, TimeUnit.SECONDS);
                    assertThat(data).as("the change reaches the other instance").isNotNull();
                } while (!data.contains(id.toString()));
                assertThat(viaB.get("/api/v1/requests/" + id, token).status()).isEqualTo(200);
            } finally {
                source.cancel();
            }
        }
    }
}
