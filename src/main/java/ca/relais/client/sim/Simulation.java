package ca.relais.client.sim;

import ca.relais.api.CatalogueDto;
import ca.relais.api.SessionResponse;
import ca.relais.client.store.CacheLockedException;
import ca.relais.client.store.CacheRecovery;
import ca.relais.client.store.LocalCatalogue;
import ca.relais.client.store.LocalStore;
import ca.relais.client.sync.ApiException;
import ca.relais.client.sync.Credentials;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.ServerUnavailableException;
import ca.relais.client.sync.SyncEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load simulator: N headless agents capture M requests together, then wait for their outboxes to empty. Agent
 * folders from earlier runs in the same data folder are opened too, so their pending entries are sent and counted.
 */
public final class Simulation {
    private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);
    private static final Pattern AGENT_DIR = Pattern.compile("agent-(\\d+)");
    private final SimulationConfig config;
    private final PushTimer timer = new PushTimer();

    public Simulation(SimulationConfig config) {
        this.config = config;
    }

    public Summary run() throws InterruptedException {
        long started = System.nanoTime();
        int folders = Math.max(config.agents(), existingAgents(config.dataDir()));
        RelaisApi api = new RelaisApi(config.servers(), http(folders));
        String token = null;
        CatalogueDto catalogue = null;
        String error = null;
        try {
            SessionResponse session = api.signIn(config.user(), config.password());
            token = session.token();
            catalogue = api.catalogue(token);
        } catch (ServerUnavailableException e) {
            LOG.warn("The server is unreachable ({}); the agents work offline", e.getMessage());
        } catch (ApiException e) {
            error = "The server refused to sign in " + config.user() + ": " + e.getMessage();
        }
        List<Agent> agents = new ArrayList<>();
        CallCounts calls = new CallCounts();
        int capturedThisRun = 0;
        boolean drained = false;
        try {
            if (error == null) {
                open(api, token, catalogue, folders, agents);
                LOG.info("{} agent caches open under {}", agents.size(), config.dataDir());
                CatalogueDto cached = new LocalCatalogue(agents.get(0).store()).catalogue();
                CallFactory factory = new CallFactory(cached);
                if (config.requests() > 0 && !factory.canCapture()) {
                    error = "No cached catalogue to capture with, and the server is unreachable";
                } else {
                    capturedThisRun = capture(agents, factory, calls);
                }
                drained = drain(agents);
            }
        } catch (RuntimeException e) {
            LOG.error("The simulation stopped", e);
            error = "The simulation stopped: " + e.getMessage();
        }
        try {
            Ledger.Tally total = Ledger.Tally.EMPTY;
            for (Agent agent : agents) {
                total = total.plus(Ledger.tally(agent.dir(), agent.store()));
            }
            return new Summary(agents.size(), total.captured(), total.acknowledged(), total.pending(),
                    total.rejected(), total.conflicts(), timer.percentileMillis(0.50), timer.percentileMillis(0.99),
                    timer.count(), capturedThisRun, calls, (System.nanoTime() - started) / 1e9, drained, error);
        } finally {
            agents.forEach(Agent::close);
            api.httpClient().dispatcher().executorService().shutdownNow();
            api.httpClient().connectionPool().evictAll();
        }
    }

    private OkHttpClient http(int agents) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(4 * agents + 16);
        dispatcher.setMaxRequestsPerHost(4 * agents + 16);
        return new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(20))
                .writeTimeout(Duration.ofSeconds(20)).dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(2 * agents + 5, 1, TimeUnit.MINUTES))
                .addInterceptor(timer).build();
    }

    /** Opens the agents' caches and engines into {@code agents}; on a failure, those opened are still there. */
    private void open(RelaisApi api, String token, CatalogueDto catalogue, int count, List<Agent> agents)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 4));
        try {
            List<Future<Agent>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path dir = config.dataDir().resolve("agent-" + i);
                futures.add(pool.submit(() -> openAgent(api, token, catalogue, dir)));
            }
            RuntimeException failure = null;
            for (Future<Agent> f : futures) {
                try {
                    agents.add(get(f));
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Agent openAgent(RelaisApi api, String token, CatalogueDto catalogue, Path dir)
            throws CacheLockedException {
        LocalStore store = CacheRecovery.openOrRecover(dir, config.user(), config.password(),
                r -> LOG.warn("Agent folder {}: damaged cache recovered, {} unsent change(s) kept", dir, r.unsent()));
        if (catalogue != null) {
            new LocalCatalogue(store).replaceCatalogue(catalogue);
        }
        store.warmUpLookups();
        SyncEngine engine = new SyncEngine(api, store, new Credentials(config.user(), config.password()), token);
        engine.start();
        return new Agent(dir, store, engine, api, config.user());
    }

    private int capture(List<Agent> agents, CallFactory factory, CallCounts calls) throws InterruptedException {
        int n = Math.min(config.agents(), agents.size());
        AtomicBoolean kb = new AtomicBoolean(true);
        Agent.Shift shift = new Agent.Shift(config.duration() == null ? Long.MAX_VALUE
                : System.nanoTime() + config.duration().toNanos(), config.pace());
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<CallCounts>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int quota = config.requests() / n + (i < config.requests() % n ? 1 : 0);
                Agent agent = agents.get(i);
                Random random = new Random(config.seed() * 31 + i);
                futures.add(pool.submit(() -> agent.takeCalls(quota, factory, random, kb, shift)));
            }
            for (Future<CallCounts> f : futures) {
                calls.add(get(f));
            }
        } finally {
            pool.shutdownNow();
        }
        int captured = calls.captured();
        LOG.info("{} requests captured by {} agents; waiting for the outboxes", captured, n);
        return captured;
    }

    private boolean drain(List<Agent> agents) throws InterruptedException {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(agents.size());
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Agent agent : agents) {
                futures.add(pool.submit(() -> agent.engine().drain(Duration.ofNanos(
                        Math.max(0, deadline - System.nanoTime())))));
            }
            boolean all = true;
            for (Future<Boolean> f : futures) {
                all &= get(f);
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    static int existingAgents(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return 0;
        }
        try (Stream<Path> children = Files.list(dataDir)) {
            return children.map(p -> AGENT_DIR.matcher(p.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
