package ca.relais.client.sync;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Probes the server's health on a schedule and reports ONLINE or OFFLINE. */
public final class ConnectionMonitor implements AutoCloseable {
    private final RelaisApi api;
    private final ScheduledExecutorService scheduler;

    public ConnectionMonitor(RelaisApi api) {
        this.api = api;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relais-connection-monitor");
            t.setDaemon(true);
            return t;
        });
    }

    public void start(long periodSeconds, Consumer<ConnectionState> listener) {
        scheduler.scheduleWithFixedDelay(
                () -> listener.accept(api.isHealthy() ? ConnectionState.ONLINE : ConnectionState.OFFLINE),
                0, periodSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
