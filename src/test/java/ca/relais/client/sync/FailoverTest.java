package ca.relais.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import ca.relais.support.TestDatabases;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workstation given two server URLs keeps working when the first server stops, and stays on the second. */
class FailoverTest {
    @TempDir
    Path dir;

    private static ObjectNode request(String description) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", UUID.randomUUID().toString())
                .put("type_code", "VOI-NIDPOULE").put("nature", "REQUEST").put("description", description);
        body.putObject("location").put("address", "1 rue King Ouest").put("lat", 45.4).put("long", -71.9);
        body.putObject("attributes").put("SIZE", "SMALL").put("POSITION", "LANE");
        return body;
    }

    @Test
    void whenTheCurrentServerStopsTheNextUrlTakesOverAndNothingIsLost() throws Exception {
        String jdbc = TestDatabases.freshPostgresUrl();
        RelaisServer first = RelaisServer.start(ServerConfig.local(dir.resolve("a"), ServerConfig.Seed.DEMO)
                .withJdbc(jdbc, TestDatabases.postgresUser(), null));
        try (RelaisServer second = RelaisServer.start(ServerConfig.local(dir.resolve("b"), ServerConfig.Seed.DEMO)
                .withJdbc(jdbc, TestDatabases.postgresUser(), null));
             LocalStore store = LocalStore.open(dir.resolve("client"), "agent8000", "relais-demo".toCharArray())) {
            URI a = URI.create(first.baseUrl());
            URI b = URI.create(second.baseUrl());
            RelaisApi api = new RelaisApi(List.of(a, b), HttpSetup.DIRECT);
            try (SyncEngine engine = new SyncEngine(api, store,
                    new Credentials("agent8000", "relais-demo".toCharArray()), null)) {
                LocalWrites writes = new LocalWrites(store);
                String marker = "failover-" + UUID.randomUUID();
                for (int i = 0; i < 5; i++) {
                    writes.createRequest(request(marker + " #" + i), "agent8000", "SEI", Instant.now());
                }
                assertThat(engine.drain(Duration.ofSeconds(60))).isTrue();
                assertThat(api.baseUrl()).as("the first URL while it answers").isEqualTo(a);

                first.close();
                for (int i = 5; i < 10; i++) {
                    writes.createRequest(request(marker + " #" + i), "agent8000", "SEI", Instant.now());
                }
                assertThat(engine.drain(Duration.ofSeconds(60))).as("the outbox drains through the second server")
                        .isTrue();
                assertThat(api.baseUrl()).as("the URL that works is remembered").isEqualTo(b);
                assertThat(engine.status().state()).isEqualTo(ConnectionState.ONLINE);
                assertThat(new Outbox(store).counts().pending()).isZero();

                Http http = new Http(second.baseUrl());
                String token = http.login("supervisor", "relais-demo");
                assertThat(countByDescription(http, token, marker)).as("every capture arrived once").isEqualTo(10);
            }
        } finally {
            first.close();
        }
    }

    private static long countByDescription(Http http, String token, String marker) throws Exception {
        return http.allItems("/api/v1/requests", token).stream()
                .filter(item -> item.get("description").asText().startsWith(marker)).count();
    }

    @Test
    void everyUnreachableServerUnreachableServerIsReportedUnavailable() throws Exception {
        RelaisApi api = new RelaisApi(List.of(URI.create("http://127.0.0.1:9"), URI.create("http://127.0.0.1:9")),
                HttpSetup.DIRECT);
        assertThat(api.isHealthy()).isFalse();
        try {
            api.signIn("agent8000", "relais-demo".toCharArray());
            org.assertj.core.api.Assertions.fail("no server answered");
        } catch (ServerUnavailableException e) {
            assertThat(e.getMessage()).contains("127.0.0.1:9").contains("1 other server(s)");
        }
    }
}
