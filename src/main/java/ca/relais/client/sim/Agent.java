package ca.relais.client.sim;

import ca.relais.api.CallerDto;
import ca.relais.api.CatalogueDto;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.ServerUnavailableException;
import ca.relais.client.sync.SyncEngine;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One headless agent: its own encrypted cache and sync engine, the same code as the workstation, taking calls in a
 * realistic mix until it has captured its share of requests.
 */
final class Agent implements AutoCloseable {
    private final Path dir;
    private final LocalStore store;
    private final SyncEngine engine;
    private final RelaisApi api;
    private final String username;
    private final CaptureLog log;
    private final LocalWrites writes;
    private final LocalMirror mirror;
    private final List<UUID> ownRequests = new ArrayList<>();
    private final List<CallerDto> knownCallers = new ArrayList<>();

    Agent(Path dir, LocalStore store, SyncEngine engine, RelaisApi api, String username) {
        this.dir = dir;
        this.store = store;
        this.engine = engine;
        this.api = api;
        this.username = username;
        this.log = new CaptureLog(dir);
        this.writes = new LocalWrites(store);
        this.mirror = new LocalMirror(store);
    }

    Path dir() {
        return dir;
    }

    LocalStore store() {
        return store;
    }

    SyncEngine engine() {
        return engine;
    }

    /** When the agents stop taking calls ({@link System#nanoTime()}), and the mean pause between two calls. */
    record Shift(long endsAtNanos, java.time.Duration pace) {
        static final Shift UNLIMITED = new Shift(Long.MAX_VALUE, java.time.Duration.ZERO);

        boolean over() {
            return endsAtNanos != Long.MAX_VALUE && System.nanoTime() - endsAtNanos >= 0;
        }

        /** Waits about {@code pace} (uniformly between half and one and a half), never past the end of the shift. */
        void pause(Random random) {
            long mean = pace.toNanos();
            if (mean <= 0) {
                return;
            }
            long wait = mean / 2 + (long) (random.nextDouble() * mean);
            if (endsAtNanos != Long.MAX_VALUE) {
                wait = Math.min(wait, Math.max(0, endsAtNanos - System.nanoTime()));
            }
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }

    CallCounts takeCalls(int quota, CallFactory factory, Random random, AtomicBoolean kbAvailable) {
        return takeCalls(quota, factory, random, kbAvailable, Shift.UNLIMITED);
    }

    /**
     * Takes calls until {@code quota} requests are captured or the shift is over, pausing between calls; returns how
     * many calls of each kind it took.
     */
    CallCounts takeCalls(int quota, CallFactory factory, Random random, AtomicBoolean kbAvailable, Shift shift) {
        CallCounts counts = new CallCounts();
        knownCallers.addAll(mirror.searchCallers("", 50));
        int captured = 0;
        while (captured < quota && !shift.over() && !Thread.currentThread().isInterrupted()) {
            CallerDto caller = null;
            if (random.nextInt(10) < 8) {
                CallerDto known = knownCallers.isEmpty() ? null : knownCallers.get(random.nextInt(knownCallers.size()));
                List<CallerDto> found = mirror.searchCallers(CallFactory.lookup(random, known), 20);
                counts.lookups++;
                caller = found.isEmpty() ? null : found.get(random.nextInt(found.size()));
            }
            int kind = random.nextInt(100);
            if (kind < 8 && !ownRequests.isEmpty()) {
                writes.addNote(ownRequests.get(random.nextInt(ownRequests.size())),
                        "Le citoyen rappelle pour un suivi.", "INTERNAL");
                counts.notes++;
            } else if (kind < 14 && kbAvailable.get()) {
                searchKnowledgeBase(random, kbAvailable);
                counts.kbSearches++;
            } else if (kind < 26) {
                CallFactory.NewCaller fresh = factory.caller(random);
                writes.createCaller(fresh.body(), fresh.local());
                knownCallers.add(fresh.local());
                capture(factory, random, false, fresh.local());
                counts.newCallers++;
                captured++;
            } else if (kind < 40) {
                capture(factory, random, true, caller);
                counts.information++;
                captured++;
            } else {
                capture(factory, random, false, caller);
                counts.requests++;
                captured++;
            }
            engine.requestSync();
            shift.pause(random);
        }
        return counts;
    }

    private void capture(CallFactory factory, Random random, boolean information, CallerDto caller) {
        CatalogueDto.ServiceDto type = factory.type(random, information);
        ObjectNode body = factory.request(random, type, information, caller, ownRequests.size() + 1);
        UUID id = UUID.fromString(body.get("id").asText());
        log.intend(id);
        writes.createRequest(body, username, type.department(), Instant.now());
        ownRequests.add(id);
    }

    private void searchKnowledgeBase(Random random, AtomicBoolean available) {
        String[] questions = {"collecte des ordures", "permis de rénovation", "déneigement", "taxes foncières",
            "nid-de-poule", "bac de recyclage"};
        String q = URLEncoder.encode(questions[random.nextInt(questions.length)], StandardCharsets.UTF_8);
        String token = engine.token();
        if (token == null) {
            return;
        }
        try {
            int status = api.send("GET", "/api/v1/kb/search?q=" + q + "&lang=fr&limit=10", token, null, Map.of())
                    .status();
            if (status == 404 || status == 405) {
                available.set(false);
            }
        } catch (ServerUnavailableException e) {
            // an agent without the network answers from memory
        }
    }

    @Override
    public void close() {
        engine.close();
        log.close();
        store.close();
    }
}
