package ca.relais.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's Prometheus metrics: HTTP requests and their latency by route, errors, sync lag, live SSE clients, the
 * head of the change feed, workstation outbox pushes, the connection pool, and the JVM.
 */
public final class ServerMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Timer syncLag;

    public ServerMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        syncLag = Timer.builder("relais.sync.lag")
                .description("Time from a change being committed to its delivery to a workstation (pull or SSE)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** One HTTP exchange: {@code route} is the route template, never the concrete path (no ids in labels). */
    public void request(String method, String route, int status, double millis) {
        Timer.builder("relais.http.requests")
                .description("HTTP requests served, by method, route template and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
        if (status >= 400) {
            Counter.builder("relais.errors")
                    .description("Answers with a 4xx or 5xx status, by status")
                    .tags("status", Integer.toString(status), "class", status >= 500 ? "server" : "client")
                    .register(registry).increment();
        }
    }

    /** A workstation outbox entry reached the server: {@code applied}, {@code replayed} or {@code rejected}. */
    public void outboxPush(String result) {
        Counter.builder("relais.outbox.pushes")
                .description("Workstation outbox entries received (Idempotency-Key clientId:mutationId), by result")
                .tag("result", result).register(registry).increment();
    }

    /** How long after its commit a change reached a workstation. */
    public void syncLag(Duration lag) {
        syncLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }

    /** Registers a gauge read on each scrape. */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
