package ca.relais.bench;

import ca.relais.api.SessionResponse;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.sync.Credentials;
import ca.relais.client.sync.PullProbe;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SyncEngine;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Issue 4's sync benchmarks against a real server on loopback, with a realistic city in its database: the first full
 * synchronisation, an incremental pull after one change, flushing 1,000 offline captures, and the local save.
 */
public final class SyncBenchmark {
    static final int ADDRESSES = 20_000;
    static final int CALLERS = 5_000;
    static final int REQUESTS = 20_000;
    private static final char[] PASSWORD = "relais-demo".toCharArray();

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("relais-bench-sync");
        try (RelaisServer server = RelaisServer.start(ServerConfig.local(dir.resolve("server"),
                ServerConfig.Seed.DEMO))) {
            long t0 = System.nanoTime();
            ServerDataset.fill(server, new BenchData(4), ADDRESSES, CALLERS, REQUESTS);
            System.out.printf("# dataset: %d addresses, %d callers, %d requests loaded in %.1f s%n", ADDRESSES,
                    CALLERS, REQUESTS, (System.nanoTime() - t0) / 1e9);
            RelaisApi api = new RelaisApi(URI.create(server.baseUrl()));
            SessionResponse session = api.signIn("agent8000", PASSWORD);
            firstSync(api, session.token(), dir.resolve("first"));
            try (LocalStore store = LocalStore.open(dir.resolve("first"), "agent8000", PASSWORD)) {
                incrementalPull(api, session.token(), store, new Http(server.baseUrl()));
                flush(api, session.token(), store);
            }
            localSave(dir.resolve("save"));
        } finally {
            Bench.delete(dir);
        }
    }

    private static void firstSync(RelaisApi api, String token, Path clientDir) throws Exception {
        try (LocalStore store = LocalStore.open(clientDir, "agent8000", PASSWORD);
             SyncEngine engine = new SyncEngine(api, store, new Credentials("agent8000", PASSWORD), token)) {
            long start = System.nanoTime();
            if (!engine.drain(Duration.ofMinutes(5))) {
                throw new IllegalStateException("first sync did not finish: " + engine.status());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            LocalMirror mirror = new LocalMirror(store);
            System.out.printf("# first sync mirrored %d callers, %d requests, %d addresses%n",
                    mirror.count("callers"), mirror.count("requests"), mirror.count("addresses"));
            Bench.line(System.out, "sync_first_full_s", seconds, "s");
        }
    }

    private static void incrementalPull(RelaisApi api, String token, LocalStore store, Http http) throws Exception {
        PullProbe probe = new PullProbe(api, store);
        String other = http.login("agent5858", "relais-demo");
        int rounds = 60;
        long[] samples = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            UUID id = UUID.randomUUID();
            int status = http.post("/api/v1/requests", other, request(id, "changement " + i).toString()).status();
            if (status != 201) {
                throw new IllegalStateException("create answered " + status);
            }
            long start = System.nanoTime();
            probe.pull(token);
            samples[i] = System.nanoTime() - start;
            if (new LocalMirror(store).request(id).isEmpty()) {
                throw new IllegalStateException("the pull did not bring the change");
            }
        }
        long[] measured = java.util.Arrays.copyOfRange(samples, 10, rounds);
        Bench.line(System.out, "sync_incremental_pull_ms", Bench.percentileMillis(measured, 0.50), "ms");
        Bench.line(System.out, "sync_incremental_pull_p99_ms", Bench.percentileMillis(measured, 0.99), "ms");
    }

    private static void flush(RelaisApi api, String token, LocalStore store) throws Exception {
        LocalWrites writes = new LocalWrites(store);
        for (int i = 0; i < 1_000; i++) {
            writes.createRequest(request(UUID.randomUUID(), "capture hors ligne " + i), "agent8000", "SEI",
                    Instant.now());
        }
        try (SyncEngine engine = new SyncEngine(api, store, new Credentials("agent8000", PASSWORD), token)) {
            long start = System.nanoTime();
            if (!engine.drain(Duration.ofMinutes(5))) {
                throw new IllegalStateException("flush did not finish: " + engine.status());
            }
            Bench.line(System.out, "sync_flush_1000_s", (System.nanoTime() - start) / 1e9, "s");
        }
    }

    private static void localSave(Path clientDir) throws Exception {
        try (LocalStore store = LocalStore.open(clientDir, "agent8000", PASSWORD)) {
            LocalWrites writes = new LocalWrites(store);
            int warmup = 1_000;
            long[] samples = new long[3_000];
            for (int i = -warmup; i < samples.length; i++) {
                ObjectNode body = request(UUID.randomUUID(), "sauvegarde locale " + i);
                long start = System.nanoTime();
                writes.createRequest(body, "agent8000", "SEI", Instant.now());
                if (i >= 0) {
                    samples[i] = System.nanoTime() - start;
                }
            }
            Bench.line(System.out, "local_save_p50_ms", Bench.percentileMillis(samples, 0.50), "ms");
            Bench.line(System.out, "local_save_p99_ms", Bench.percentileMillis(samples, 0.99), "ms");
        }
    }

    static ObjectNode request(UUID id, String description) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", id.toString())
                .put("type_code", "VOI-NIDPOULE").put("nature", "REQUEST").put("description", description);
        body.putObject("location").put("address", "1 rue King Ouest").put("lat", 45.4).put("long", -71.9);
        body.putObject("attributes").put("SIZE", "SMALL").put("POSITION", "LANE");
        return body;
    }
}
