package ca.relais.bench;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Issue 3's server benchmark: request creation by 50 concurrent clients over HTTP, p50/p99 latency, a raw JDBC insert
 * baseline into the same database in the same run, and the latency of a 500-entry change-feed page; on H2 and on
 * PostgreSQL.
 */
public final class ServerBenchmark {
    static final int CLIENTS = 50;
    /**
     * Creates sent before the clock starts: enough for the JIT to compile the create path and for the heap to grow to
     * its working size, as in a server that has run for a while. With 2,000 the measured phase still paid for both
     * (1.3 to 1.6 ms of CPU per create instead of 0.9 to 1.1 on H2, 2026-11-30).
     */
    static final int WARMUP = Integer.getInteger("bench.server.warmup", 20_000);
    static final int MEASURED = Integer.getInteger("bench.server.creates", 20_000);
    private static final MediaType JSON = MediaType.get("application/json");

    private ServerBenchmark() {
    }

    /** {@code -Dbench.engines=h2} or {@code pg} runs one database only; both by default. */
    public static void main(String[] args) throws Exception {
        String engines = System.getProperty("bench.engines", "h2,pg");
        if (engines.contains("h2")) {
            run("h2", null);
        }
        if (engines.contains("pg")) {
            run("pg", TestDatabases.freshPostgresUrl());
        }
    }

    static void run(String engine, String pgUrl) throws Exception {
        Path dir = Files.createTempDirectory("relais-bench-" + engine);
        ServerConfig config = ServerConfig.local(dir, ServerConfig.Seed.DEMO);
        if (pgUrl != null) {
            config = config.withJdbc(pgUrl, TestDatabases.postgresUser(), null);
        }
        try (RelaisServer server = RelaisServer.start(config)) {
            OkHttpClient http = new OkHttpClient.Builder()
                    .connectionPool(new ConnectionPool(CLIENTS, 1, java.util.concurrent.TimeUnit.MINUTES))
                    .readTimeout(Duration.ofSeconds(30)).build();
            String token = login(http, server.baseUrl());
            creates(http, prepare(server.baseUrl(), token, WARMUP), null, null);
            Request[] measured = prepare(server.baseUrl(), token, MEASURED);
            long[] latencies = new long[MEASURED];
            long[] starts = new long[MEASURED];
            long units0 = server.groupCommit().units();
            long transactions0 = server.groupCommit().transactions();
            long start = System.nanoTime();
            long cpuStart = Bench.processCpuNanos();
            long pgCpuStart = pgUrl == null ? -1 : Bench.postgresCpuNanos(server.database().dataSource());
            creates(http, measured, latencies, starts);
            dumpLatencies(starts, latencies, start);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuPerCreate = (Bench.processCpuNanos() - cpuStart) / 1e6 / MEASURED;
            long pgCpuEnd = pgUrl == null ? -1 : Bench.postgresCpuNanos(server.database().dataSource());
            double rate = MEASURED / seconds;
            double perTransaction = (server.groupCommit().units() - units0)
                    / (double) Math.max(1, server.groupCommit().transactions() - transactions0);
            Bench.line(System.out, engine + "_create_throughput_50_clients", rate, "req/s");
            Bench.line(System.out, engine + "_create_p50", Bench.percentileMillis(latencies, 0.50), "ms");
            Bench.line(System.out, engine + "_create_p90", Bench.percentileMillis(latencies, 0.90), "ms");
            Bench.line(System.out, engine + "_create_p99", Bench.percentileMillis(latencies, 0.99), "ms");
            Bench.line(System.out, engine + "_create_max", Bench.percentileMillis(latencies, 1.0), "ms");
            // Client, server and (for H2) database share this process, so this is the whole cost of one create.
            Bench.line(System.out, engine + "_create_cpu_per_request_incl_client", cpuPerCreate, "ms");
            Bench.line(System.out, "server." + engine + ".cpu_per_create", cpuPerCreate, "ms");
            if (pgCpuStart >= 0 && pgCpuEnd >= 0) {
                // The PostgreSQL server runs in its own processes: its share of each create, counted apart.
                Bench.line(System.out, "server." + engine + ".db_cpu_per_create", (pgCpuEnd - pgCpuStart) / 1e6
                        / MEASURED, "ms");
            }
            Bench.line(System.out, "server." + engine + ".creates_per_transaction", perTransaction, "creates");
            double raw = rawJdbcInserts(server);
            Bench.line(System.out, engine + "_raw_jdbc_insert_throughput_50_threads", raw, "rows/s");
            Bench.line(System.out, engine + "_create_vs_raw_jdbc_ratio", rate / raw, "ratio");
            feedPages(http, server.baseUrl(), token, engine);
        }
    }

    private static String login(OkHttpClient http, String base) throws IOException {
        Request r = new Request.Builder().url(base + "/api/v1/session").post(RequestBody.create(
                "{\"username\":\"agent8000\",\"password\":\"relais-demo\"}", JSON)).build();
        try (Response response = http.newCall(r).execute()) {
            String body = response.body().string();
            return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        }
    }

    private static Request[] prepare(String base, String token, int total) {
        // The requests are built before the clock starts, so that the measured CPU is the server's and the HTTP
        // exchange's, not the load generator's string building and random UUIDs. Each is still a distinct create
        // (its own id and Idempotency-Key) sent over real HTTP by one of 50 concurrent clients.
        Request[] prepared = new Request[total];
        okhttp3.HttpUrl url = okhttp3.HttpUrl.get(base + "/api/v1/requests");
        String authorization = "Bearer " + token;
        for (int i = 0; i < total; i++) {
            String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"type_code\":\"VOI-NIDPOULE\","
                    + "\"location\":{\"address\":\"" + i + " rue King Ouest\",\"lat\":45.40,\"long\":-71.89},"
                    + "\"description\":\"Nid-de-poule profond\",\"attributes\":{\"SIZE\":\"LARGE\","
                    + "\"POSITION\":\"LANE\"}}";
            prepared[i] = new Request.Builder().url(url)
                    .header("Authorization", authorization)
                    .header("Idempotency-Key", "bench:" + UUID.randomUUID())
                    .post(RequestBody.create(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), JSON))
                    .build();
        }
        return prepared;
    }

    /**
     * With {@code -Dbench.server.dump=FILE}, writes each measured create's start (ms since the clock started) and
     * latency (ms), one per line: the data to see whether slow creates come in bursts or are spread out.
     */
    private static void dumpLatencies(long[] starts, long[] latencies, long clockStart) throws IOException {
        String file = System.getProperty("bench.server.dump");
        if (file == null) {
            return;
        }
        StringBuilder out = new StringBuilder("start_ms,latency_ms\n");
        for (int i = 0; i < starts.length; i++) {
            out.append((starts[i] - clockStart) / 1e6).append(',').append(latencies[i] / 1e6).append('\n');
        }
        Files.writeString(Path.of(file), out);
    }

    private static void creates(OkHttpClient http, Request[] prepared, long[] latencies, long[] starts)
            throws InterruptedException {
        int total = prepared.length;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int t = 0; t < CLIENTS; t++) {
            pool.execute(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        Request r = prepared[i];
                        long t0 = System.nanoTime();
                        try (Response response = http.newCall(r).execute()) {
                            response.body().bytes();
                            if (response.code() != 201) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        }
                        if (latencies != null) {
                            latencies[i] = System.nanoTime() - t0;
                            starts[i] = t0;
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " creates failed");
        }
    }

    private static double rawJdbcInserts(RelaisServer server) throws Exception {
        try (Connection c = server.database().connection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_raw (id UUID PRIMARY KEY, number VARCHAR(20), type_code VARCHAR(60), "
                    + "description VARCHAR(10000), attributes_json VARCHAR(20000), created_at TIMESTAMP WITH TIME ZONE)");
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (int t = 0; t < CLIENTS; t++) {
            pool.execute(() -> {
                try (Connection c = server.database().connection(); PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO bench_raw VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                    int i;
                    while ((i = next.getAndIncrement()) < MEASURED) {
                        ps.setObject(1, UUID.randomUUID());
                        ps.setString(2, "2026-" + i);
                        ps.setString(3, "VOI-NIDPOULE");
                        ps.setString(4, "Nid-de-poule profond");
                        ps.setString(5, "{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}");
                        ps.executeUpdate();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        return MEASURED / ((System.nanoTime() - start) / 1e9);
    }

    /** Measured passes over the whole feed: enough pages (about 80 each) for the p99 not to be the slowest page. */
    static final int FEED_PASSES = Integer.getInteger("bench.server.feedPasses", 5);

    /**
     * Pages through the whole feed once to warm it up (as the creates were), then measures {@link #FEED_PASSES} more
     * full passes: the work of a workstation's first synchronisation, repeated.
     */
    private static void feedPages(OkHttpClient http, String base, String token, String engine) throws IOException {
        feedPass(http, base, token);
        long cpu0 = Bench.processCpuNanos();
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocated0 = threads.getTotalThreadAllocatedBytes();
        java.util.List<long[]> passes = new java.util.ArrayList<>();
        for (int pass = 0; pass < FEED_PASSES; pass++) {
            passes.add(feedPass(http, base, token));
        }
        long[] measured = passes.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        double cpu = (Bench.processCpuNanos() - cpu0) / 1e6 / measured.length;
        double allocated = (threads.getTotalThreadAllocatedBytes() - allocated0) / 1e6 / measured.length;
        Bench.line(System.out, engine + "_feed_pages_measured", measured.length, "pages");
        Bench.line(System.out, engine + "_feed_page_500_p50", Bench.percentileMillis(measured, 0.5), "ms");
        Bench.line(System.out, engine + "_feed_page_500_p90", Bench.percentileMillis(measured, 0.9), "ms");
        Bench.line(System.out, engine + "_feed_page_500_p99", Bench.percentileMillis(measured, 0.99), "ms");
        Bench.line(System.out, engine + "_feed_page_500_max", Bench.percentileMillis(measured, 1.0), "ms");
        Bench.line(System.out, engine + "_feed_page_500_cpu_mean_incl_client", cpu, "ms");
        // Server and client together, as for the CPU: what drives how often the collector pauses a page.
        Bench.line(System.out, engine + "_feed_page_500_allocated_incl_client", allocated, "MB");
    }

    private static long[] feedPass(OkHttpClient http, String base, String token) throws IOException {
        String cursor = "";
        java.util.List<Long> samples = new java.util.ArrayList<>();
        boolean more = true;
        while (more) {
            Request r = new Request.Builder().url(base + "/api/v1/changes?limit=500" + (cursor.isEmpty() ? ""
                    : "&since=" + cursor)).header("Authorization", "Bearer " + token).build();
            long t0 = System.nanoTime();
            String body;
            try (Response response = http.newCall(r).execute()) {
                body = response.body().string();
            }
            samples.add(System.nanoTime() - t0);
            int at = body.lastIndexOf("\"cursor\":\"") + 10;
            cursor = body.substring(at, body.indexOf('"', at));
            more = body.contains("\"has_more\":true");
        }
        return samples.stream().mapToLong(Long::longValue).toArray();
    }
}
