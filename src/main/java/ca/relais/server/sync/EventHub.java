package ca.relais.server.sync;

import ca.relais.api.Json;
import ca.relais.server.auth.Principal;
import ca.relais.server.store.ChangeLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-Sent Events over the change log. It polls the global sequence, so several server instances sharing one
 * PostgreSQL all see every change, and pushes each subscriber the feed entries after its own cursor.
 */
public final class EventHub implements AutoCloseable {
    static final Duration POLL = Duration.ofMillis(250);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

    private final ChangeLog log;
    private final FeedService feed;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "relais-events");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastSeen;

    public EventHub(ChangeLog log, FeedService feed) {
        this.log = log;
        this.feed = feed;
        this.lastSeen = log.maxSeq();
        scheduler.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static final class Subscriber {
        final SseClient client;
        final Principal principal;
        final String remoteAddr;
        volatile long position;

        Subscriber(SseClient client, Principal principal, String remoteAddr, long position) {
            this.client = client;
            this.principal = principal;
            this.remoteAddr = remoteAddr;
            this.position = position;
        }
    }

    /** The newest change sequence number this hub has seen. */
    public long head() {
        return lastSeen;
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** Keeps the connection open and sends everything after {@code position}, then every new change. */
    public void subscribe(SseClient client, Principal principal, String remoteAddr, long position) {
        Subscriber s = new Subscriber(client, principal, remoteAddr, position);
        client.keepAlive();
        client.onClose(() -> subscribers.remove(s));
        client.sendComment("connected");
        subscribers.add(s);
        try {
            scheduler.execute(() -> push(s));
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            subscribers.remove(s);
            client.close();
        }
    }

    private void poll() {
        try {
            long max = log.maxSeq();
            if (max != lastSeen) {
                lastSeen = max;
                subscribers.forEach(this::push);
            }
        } catch (RuntimeException e) {
            LOG.warn("Event poll failed: {}", ca.relais.domain.LogSafe.describe(e));
        }
    }

    private void push(Subscriber s) {
        try {
            boolean more = true;
            while (more && !s.client.terminated()) {
                FeedService.FeedPage page = feed.page(s.principal, s.position, 200, s.remoteAddr);
                for (FeedService.FeedChange change : page.changes()) {
                    s.client.sendEvent("change", Json.mapper().writeValueAsString(change), page.cursor());
                }
                long next = feed.position(page.cursor());
                more = page.hasMore() && next > s.position;
                s.position = next;
            }
        } catch (JsonProcessingException | RuntimeException e) {
            subscribers.remove(s);
            s.client.close();
        }
    }

    private void heartbeat() {
        for (Subscriber s : subscribers) {
            if (s.client.terminated()) {
                subscribers.remove(s);
            } else {
                s.client.sendComment("heartbeat");
            }
        }
    }

    /** Closes every stream so a shutting-down server drains cleanly. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        subscribers.forEach(s -> s.client.close());
        subscribers.clear();
    }
}
