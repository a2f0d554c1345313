package ca.relais.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.RequestDto;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import ca.relais.client.store.OutboxEntry;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline-first store and sync engine against the real server, including a server that goes away. */
class SyncEngineTest {
    @TempDir
    Path dir;
    RelaisServer server;
    ServerConfig config;
    LocalStore store;
    SyncEngine engine;
    Http http;

    @BeforeEach
    void start() throws Exception {
        config = ServerConfig.local(dir.resolve("server"), ServerConfig.Seed.DEMO);
        server = RelaisServer.start(config);
        config = config.withPort(server.port());
        http = new Http(server.baseUrl());
        store = LocalStore.open(dir.resolve("client"), "agent8000", "relais-demo".toCharArray());
        RelaisApi api = new RelaisApi(URI.create(server.baseUrl()));
        engine = new SyncEngine(api, store, new Credentials("agent8000", "relais-demo".toCharArray()), null);
    }

    @AfterEach
    void stop() {
        engine.close();
        store.close();
        server.close();
    }

    private static ObjectNode request(UUID id, String description) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", id.toString())
                .put("type_code", "VOI-NIDPOULE").put("nature", "REQUEST").put("description", description);
        body.putObject("location").put("address", "1 rue King Ouest").put("lat", 45.4).put("long", -71.9);
        body.putObject("attributes").put("SIZE", "SMALL").put("POSITION", "LANE");
        return body;
    }

    @Test
    void capturedOfflineTwoHundredRequestsArriveExactlyOnceAfterTheServerComesBack() throws Exception {
        assertThat(engine.drain(Duration.ofSeconds(30))).isTrue();
        server.close();

        LocalWrites writes = new LocalWrites(store);
        String marker = "offline-" + UUID.randomUUID();
        for (int i = 0; i < 200; i++) {
            writes.createRequest(request(UUID.randomUUID(), marker + " #" + i), "agent8000", "SEI", Instant.now());
        }
        assertThat(engine.drain(Duration.ofSeconds(2))).isFalse();
        assertThat(engine.status().state()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(engine.status().pending()).isEqualTo(200);

        server = RelaisServer.start(config);
        assertThat(engine.drain(Duration.ofSeconds(120))).isTrue();
        String token = http.login("supervisor", "relais-demo");
        long onServer = countByDescription(token, marker);
        assertThat(onServer).isEqualTo(200);
        assertThat(new Outbox(store).counts().pending()).isZero();
        assertThat(new LocalMirror(store).count("requests")).as("the mirror holds the confirmed requests")
                .isGreaterThanOrEqualTo(200);
    }

    @Test
    void aDefiniteRejectionIsKeptWithTheServersReasonAndCanBeFixedAndResent() throws Exception {
        LocalWrites writes = new LocalWrites(store);
        UUID id = UUID.randomUUID();
        ObjectNode bad = request(id, "typo in type").put("type_code", "VOI-NIDPOUL");
        writes.createRequest(bad, "agent8000", "SEI", Instant.now());
        engine.drain(Duration.ofSeconds(30));

        Outbox outbox = new Outbox(store);
        OutboxEntry rejected = outbox.all().get(0);
        assertThat(rejected.state()).isEqualTo(OutboxEntry.State.REJECTED);
        assertThat(rejected.problemJson()).contains("unknown_type");
        assertThat(new LocalMirror(store).request(id)).as("the agent's data is intact").isPresent();

        outbox.resend(rejected.mutationId(), request(id, "typo fixed").toString(), null, null);
        assertThat(engine.drain(Duration.ofSeconds(30))).isTrue();
        String token = http.login("agent8000", "relais-demo");
        assertThat(http.get("/api/v1/requests/" + id, token).json().get("description").asText())
                .isEqualTo("typo fixed");
        assertThat(new LocalMirror(store).request(id).orElseThrow().number()).matches("\\d{4}-\\d{6}");
    }

    @Test
    void a412IsMergedFieldByFieldAndTheSameFieldBecomesAConflict() throws Exception {
        String token = http.login("agent5858", "relais-demo");
        UUID id = UUID.randomUUID();
        assertThat(http.post("/api/v1/requests", token, request(id, "original").toString()).status()).isEqualTo(201);
        assertThat(engine.drain(Duration.ofSeconds(30))).isTrue();
        LocalMirror mirror = new LocalMirror(store);
        RequestDto base = mirror.request(id).orElseThrow();

        http.send("PATCH", "/api/v1/requests/" + id, token, "{\"assignee\":\"sei-equipe-3\"}",
                Map.of("If-Match", "\"1\""));
        LocalWrites writes = new LocalWrites(store);
        ObjectNode patch = JsonNodeFactory.instance.objectNode().put("description", "original, plus a detail");
        writes.updateRequest(base, patch, base);
        assertThat(engine.drain(Duration.ofSeconds(30))).isTrue();
        var merged = http.get("/api/v1/requests/" + id, token).json();
        assertThat(merged.get("assignee").asText()).isEqualTo("sei-equipe-3");
        assertThat(merged.get("description").asText()).isEqualTo("original, plus a detail");

        RequestDto now = mirror.request(id).orElseThrow();
        http.send("PATCH", "/api/v1/requests/" + id, token, "{\"assignee\":\"sei-equipe-9\"}",
                Map.of("If-Match", "\"" + merged.get("version").asLong() + "\""));
        writes.updateRequest(now, JsonNodeFactory.instance.objectNode().put("assignee", "sei-equipe-1"), now);
        engine.drain(Duration.ofSeconds(30));
        OutboxEntry conflict = new Outbox(store).all().get(0);
        assertThat(conflict.state()).isEqualTo(OutboxEntry.State.CONFLICT);
        assertThat(conflict.problemJson()).contains("\"field\":\"assignee\"").contains("sei-equipe-9");
    }

    @Test
    void anExpiredTokenIsRenewedWithoutLosingTheOutbox() throws Exception {
        engine.close();
        engine = new SyncEngine(new RelaisApi(URI.create(server.baseUrl())), store,
                new Credentials("agent8000", "relais-demo".toCharArray()), "expired-or-revoked-token");
        new LocalWrites(store).createRequest(request(UUID.randomUUID(), "after token expiry"), "agent8000", "SEI",
                Instant.now());
        assertThat(engine.drain(Duration.ofSeconds(30))).isTrue();
        assertThat(engine.token()).isNotEqualTo("expired-or-revoked-token");
    }

    private long countByDescription(String token, String marker) {
        return http.allItems("/api/v1/requests", token).stream()
                .filter(item -> item.get("description").asText().startsWith(marker)).count();
    }
}
