package ca.relais.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import ca.relais.server.RelaisServer;
import ca.relais.support.FaultProxy;
import ca.relais.support.FaultProxy.Fault;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync engine behind a proxy that fails in the ways networks and servers fail. In every case the outbox is kept,
 * the state says so, and once the fault is gone every request reaches the server exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncFaultTest {
    private static final int CAPTURES = 12;
    Path serverDir;
    RelaisServer server;
    Http http;
    @TempDir
    Path dir;
    FaultProxy proxy;
    LocalStore store;
    SyncEngine engine;

    @BeforeAll
    void startServer() throws Exception {
        serverDir = Files.createTempDirectory("relais-fault-server");
        server = TestServers.demoOnH2(serverDir);
        http = new Http(server.baseUrl());
    }

    @AfterAll
    void stopServer() throws Exception {
        server.close();
        try (var files = Files.walk(serverDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @BeforeEach
    void connect() throws Exception {
        proxy = new FaultProxy(server.baseUrl());
        OkHttpClient client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofMillis(1500)).build();
        store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray());
        engine = new SyncEngine(new RelaisApi(URI.create(proxy.url()), client), store,
                new Credentials("agent8000", "relais-demo".toCharArray()), null);
        assertThat(engine.drain(Duration.ofSeconds(60))).isTrue();
    }

    @AfterEach
    void disconnect() throws Exception {
        engine.close();
        store.close();
        proxy.close();
    }

    @Test
    void serverErrors() throws Exception {
        faultThenRecover(Fault.SERVER_ERROR, r -> true, ConnectionState.OFFLINE);
    }

    @Test
    void garbageJsonAfterTheWriteWasApplied() throws Exception {
        faultThenRecover(Fault.GARBAGE_JSON, FaultProxy::isWrite, ConnectionState.OFFLINE);
    }

    @Test
    void truncatedBodiesAfterTheWriteWasApplied() throws Exception {
        faultThenRecover(Fault.TRUNCATED_BODY, FaultProxy::isWrite, ConnectionState.OFFLINE);
    }

    @Test
    void aServerThatStallsLongerThanTheReadTimeout() throws Exception {
        faultThenRecover(Fault.STALL, FaultProxy::isWrite, ConnectionState.OFFLINE);
    }

    @Test
    void everyTokenAndEverySignInRefused() throws Exception {
        faultThenRecover(Fault.UNAUTHORIZED, r -> true, ConnectionState.DEGRADED);
    }

    @Test
    void aTokenRevokedOnTheServerIsRenewedWithoutLosingTheOutbox() throws Exception {
        String old = engine.token();
        assertThat(http.send("DELETE", "/api/v1/session", old, null, Map.of()).status()).isLessThan(300);
        assertThat(http.get("/api/v1/catalogue", old).status()).isEqualTo(401);
        String marker = capture();
        assertThat(engine.drain(Duration.ofSeconds(60))).isTrue();
        assertThat(engine.token()).isNotEqualTo(old);
        assertExactlyOnce(marker);
    }

    private void faultThenRecover(Fault fault, java.util.function.Predicate<RecordedRequest> which,
                                  ConnectionState expected) throws Exception {
        proxy.arm(fault, which);
        String marker = capture();
        assertThat(engine.drain(Duration.ofSeconds(4))).isFalse();
        assertThat(proxy.faulted()).isPositive();
        awaitState(expected);
        assertThat(engine.status().reason()).isNotBlank();
        assertThat(new Outbox(store).counts().pending()).as("the outbox is kept").isPositive();

        proxy.disarm();
        assertThat(engine.drain(Duration.ofSeconds(90))).isTrue();
        awaitState(ConnectionState.ONLINE);
        Outbox.Counts counts = new Outbox(store).counts();
        assertThat(counts.rejected() + counts.conflicts()).as("no retry was refused as a duplicate").isZero();
        assertExactlyOnce(marker);
    }

    private void awaitState(ConnectionState expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (engine.status().state() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(engine.status().state()).isEqualTo(expected);
    }

    private String capture() {
        String marker = "fault-" + UUID.randomUUID();
        LocalWrites writes = new LocalWrites(store);
        for (int i = 0; i < CAPTURES; i++) {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", UUID.randomUUID().toString())
                    .put("type_code", "VOI-NIDPOULE").put("nature", "REQUEST").put("description", marker + " #" + i);
            body.putObject("location").put("address", i + " rue King Ouest").put("lat", 45.4).put("long", -71.9);
            body.putObject("attributes").put("SIZE", "SMALL").put("POSITION", "LANE");
            writes.createRequest(body, "agent8000", "SEI", Instant.now());
        }
        engine.requestSync();
        return marker;
    }

    private void assertExactlyOnce(String marker) {
        String token = http.login("supervisor", "relais-demo");
        Map<String, Integer> seen = new HashMap<>();
        for (var item : http.allItems("/api/v1/requests", token)) {
            if (item.get("description").asText().startsWith(marker)) {
                seen.merge(item.get("description").asText(), 1, Integer::sum);
            }
        }
        assertThat(seen).hasSize(CAPTURES);
        assertThat(seen.values()).containsOnly(1);
    }
}
