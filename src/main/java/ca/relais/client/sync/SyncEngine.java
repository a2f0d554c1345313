package ca.relais.client.sync;

import ca.relais.api.SessionResponse;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * Keeps one user's cache and the server in step: pull before push, in cycles on one background thread, triggered by
 * local writes, by server events and by a timer; temporary failures back off with jitter.
 */
public final class SyncEngine implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(30);
    private final RelaisApi api;
    private final LocalStore store;
    private final Outbox outbox;
    private final Credentials credentials;
    private final Puller puller;
    private final Pusher pusher;
    private final ScheduledExecutorService scheduler;
    private final Backoff backoff = new Backoff(new Random());
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> eventListeners = new CopyOnWriteArrayList<>();
    private volatile String token;
    private volatile SyncStatus status;
    private volatile ScheduledFuture<?> pending;
    private volatile EventSource events;
    private volatile boolean closed;

    public SyncEngine(RelaisApi api, LocalStore store, Credentials credentials, String token) {
        this.api = api;
        this.store = store;
        this.outbox = new Outbox(store);
        this.credentials = credentials;
        this.token = token;
        LocalMirror mirror = new LocalMirror(store);
        this.puller = new Puller(api, store, mirror);
        this.pusher = new Pusher(api, outbox, new LocalWrites(store), mirror, store.clientId());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relais-sync-" + credentials.username());
            t.setDaemon(true);
            return t;
        });
        Outbox.Counts counts = outbox.counts();
        this.status = new SyncStatus(token == null ? ConnectionState.OFFLINE : ConnectionState.ONLINE, null,
                counts.pending(), counts.rejected(), counts.conflicts(), lastSync(), null);
    }

    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    /**
     * Called, on the event stream's thread, each time the server announces a change: for screens that read the
     * server directly (the inbox) and need not wait for the cache's cycle.
     */
    public void addEventListener(Runnable listener) {
        eventListeners.add(listener);
    }

    public SyncStatus status() {
        return status;
    }

    /** Starts the timer; the first cycle runs at once. */
    public void start() {
        scheduler.scheduleWithFixedDelay(this::cycleQuietly, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a cycle soon, after a local write or a server event; requests made meanwhile are merged. */
    public void requestSync() {
        ScheduledFuture<?> p = pending;
        if (closed || (p != null && !p.isDone())) {
            return;
        }
        pending = scheduler.schedule(this::cycleQuietly, 50, TimeUnit.MILLISECONDS);
    }

    /** Runs cycles until nothing is pending or the time is up; true when the outbox drained. For tools and tests. */
    public boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                scheduler.submit(this::cycleQuietly).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return false;
            }
            if (outbox.counts().pending() == 0) {
                return true;
            }
            Thread.sleep(Math.min(2000, Math.max(50, backoff.failures() * 250L)));
        }
        return outbox.counts().pending() == 0;
    }

    private void cycleQuietly() {
        if (closed) {
            return;
        }
        try {
            cycle();
        } catch (RuntimeException e) {
            publish(ConnectionState.DEGRADED, "Local error: " + e.getMessage(), null);
        }
    }

    private void cycle() {
        publish(ConnectionState.SYNCING, null, status.firstSync());
        try {
            ensureToken();
            try {
                runOnce();
            } catch (UnauthorizedException e) {
                token = null;
                ensureToken();
                runOnce();
            }
            backoff.reset();
            publish(ConnectionState.ONLINE, null, null);
            ensureEvents();
        } catch (ServerUnavailableException e) {
            Duration wait = backoff.next();
            publish(ConnectionState.OFFLINE, e.getMessage(), null);
            retryIn(wait);
        } catch (UnauthorizedException e) {
            publish(ConnectionState.DEGRADED, "Sign in again: " + e.getMessage(), null);
            retryIn(backoff.next());
        } catch (ApiException e) {
            publish(ConnectionState.DEGRADED, "Server refused: " + e.getMessage(), null);
            retryIn(backoff.next());
        }
    }

    private void runOnce() throws ServerUnavailableException, UnauthorizedException, ApiException {
        puller.pull(token, progress -> publish(ConnectionState.SYNCING, null, progress));
        pusher.push(token);
        if (outbox.counts().pending() == 0) {
            puller.pull(token, progress -> { });
        }
    }

    private void ensureToken() throws ServerUnavailableException, UnauthorizedException {
        if (token != null) {
            return;
        }
        try {
            SessionResponse session = api.signIn(credentials.username(), credentials.password());
            token = session.token();
        } catch (ApiException e) {
            throw new UnauthorizedException(e.getMessage());
        }
    }

    private void retryIn(Duration wait) {
        if (!closed) {
            pending = scheduler.schedule(this::cycleQuietly, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void ensureEvents() {
        if (events != null || closed || token == null) {
            return;
        }
        String cursor = store.meta(LocalStore.Meta.FEED_CURSOR).orElse("");
        Request request = new Request.Builder()
                .url(api.baseUrl().resolve("/api/v1/events" + (cursor.isEmpty() ? "" : "?since=" + cursor))
                        .toString())
                .header("Authorization", "Bearer " + token).build();
        events = EventSources.createFactory(api.httpClient().newBuilder().readTimeout(Duration.ofSeconds(60))
                .build()).newEventSource(request, new EventSourceListener() {
                    @Override
                    public void onEvent(EventSource source, String id, String type, String data) {
                        requestSync();
                        eventListeners.forEach(Runnable::run);
                    }

                    @Override
                    public void onClosed(EventSource source) {
                        events = null;
                    }

                    @Override
                    public void onFailure(EventSource source, Throwable t, Response response) {
                        events = null;
                    }
                });
    }

    private void publish(ConnectionState state, String reason, SyncStatus.Progress progress) {
        Outbox.Counts counts = outbox.counts();
        status = new SyncStatus(state, reason, counts.pending(), counts.rejected(), counts.conflicts(), lastSync(),
                progress);
        listeners.forEach(l -> l.accept(status));
    }

    private Instant lastSync() {
        return store.meta(LocalStore.Meta.LAST_SYNC_AT).map(Instant::parse).orElse(null);
    }

    public String token() {
        return token;
    }

    @Override
    public void close() {
        closed = true;
        EventSource e = events;
        if (e != null) {
            e.cancel();
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
