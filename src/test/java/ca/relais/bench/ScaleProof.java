package ca.relais.bench;

import ca.relais.api.Json;
import ca.relais.support.Http;
import ca.relais.support.JarProcesses;
import ca.relais.support.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Issue 9's proof of scale and resilience: two server processes on one PostgreSQL, two simulator processes of
 * {@code agents/2} headless agents each, every simulator given both URLs (its own instance first), a timed shift at
 * a call-centre pace, and one instance killed with {@code kill -9} half-way through. It checks that SSE events reach
 * listeners on both instances, that every captured request is on the server exactly once, and that the outboxes
 * drain. Long: run it on its own with {@code mvn -B -Pbench verify -Dbench=scale} (system properties
 * {@code scale.agents}, {@code scale.minutes}, {@code scale.paceMs} change the load).
 */
public final class ScaleProof {
    private static final Pattern REQUEST_CHANGE = Pattern.compile("\"entity\":\"request\",\"id\":\"([0-9a-f-]{36})\"");

    private ScaleProof() {
    }

    public static void main(String[] args) throws Exception {
        int agents = Integer.getInteger("scale.agents", 200);
        int minutes = Integer.getInteger("scale.minutes", 10);
        long paceMs = Long.getLong("scale.paceMs", 10_000);
        Path dir = Files.createTempDirectory("relais-scale");
        String db = TestDatabases.freshPostgresUrl();
        String[] dbArgs = {"--db", db, "--db-user", TestDatabases.postgresUser()};
        Path serverLog = dir.resolve("servers.log");
        System.out.printf("# scale proof: %d agents, %d min, pace %d ms, two instances on %s; logs in %s%n", agents,
                minutes, paceMs, db, dir);
        JarProcesses.Server a = JarProcesses.Server.start(dir.resolve("a"), serverLog, dbArgs);
        JarProcesses.Server b = JarProcesses.Server.start(dir.resolve("b"), serverLog, dbArgs);
        Set<String> seenOnA = ConcurrentHashMap.newKeySet();
        Set<String> seenOnB = ConcurrentHashMap.newKeySet();
        OkHttpClient sse = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();
        Thread listenA = listen(sse, a.url(), seenOnA);
        Thread listenB = listen(sse, b.url(), seenOnB);
        long started = System.nanoTime();
        String duration = Long.toString(minutes * 60L);
        List<Process> sims = new ArrayList<>();
        String[][] servers = {{a.url() + "," + b.url(), "sim-a"}, {b.url() + "," + a.url(), "sim-b"}};
        for (String[] s : servers) {
            sims.add(JarProcesses.startSimulate(dir.resolve(s[1] + ".log"), List.of("-Xmx1g"), true, "--server",
                    s[0], "--agents", Integer.toString(agents / 2), "--requests", "1000000", "--data-dir",
                    dir.resolve(s[1]).toString(), "--duration", duration, "--pace", Long.toString(paceMs),
                    "--timeout", "600"));
        }
        Thread.sleep(minutes * 30_000L);
        int seenOnABeforeKill = seenOnA.size();
        int seenOnBBeforeKill = seenOnB.size();
        double sseClientsOnA = sseClients(a.url());
        double sseClientsOnB = sseClients(b.url());
        a.process().destroyForcibly();
        double killedAt = (System.nanoTime() - started) / 1e9;
        System.out.printf("# instance A killed with kill -9 after %.0f s%n", killedAt);
        List<JsonNode> summaries = new ArrayList<>();
        for (Process sim : sims) {
            String out = new String(sim.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            sim.waitFor(30, TimeUnit.MINUTES);
            List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
            summaries.add(Json.mapper().readTree(lines.get(lines.size() - 1)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Thread.sleep(3_000);
        listenA.interrupt();
        listenB.interrupt();

        long captured = 0;
        long acknowledged = 0;
        long pending = 0;
        long failed = 0;
        double p50 = 0;
        double p99 = 0;
        for (JsonNode s : summaries) {
            System.out.println("# simulator: " + s);
            captured += s.path("captured").asLong();
            acknowledged += s.path("acknowledged").asLong();
            pending += s.path("pending").asLong();
            failed += s.path("failed").asLong();
            p50 = Math.max(p50, s.path("p50_ms").asDouble());
            p99 = Math.max(p99, s.path("p99_ms").asDouble());
        }
        long[] onServer = countRequests(db);
        Bench.line(System.out, "scale_agents", agents, "agents");
        Bench.line(System.out, "scale_run_seconds", seconds, "s");
        Bench.line(System.out, "scale_captured", captured, "requests");
        Bench.line(System.out, "scale_acknowledged", acknowledged, "requests");
        Bench.line(System.out, "scale_on_server", onServer[0], "requests");
        Bench.line(System.out, "scale_on_server_distinct", onServer[1], "requests");
        Bench.line(System.out, "scale_pending_after_drain", pending, "entries");
        Bench.line(System.out, "scale_failed", failed, "entries");
        Bench.line(System.out, "scale_push_p50_worst_simulator", p50, "ms");
        Bench.line(System.out, "scale_push_p99_worst_simulator", p99, "ms");
        Bench.line(System.out, "scale_sse_requests_seen_on_a_before_kill", seenOnABeforeKill, "requests");
        Bench.line(System.out, "scale_sse_requests_seen_on_b_before_kill", seenOnBBeforeKill, "requests");
        Bench.line(System.out, "scale_sse_requests_seen_on_b_total", seenOnB.size(), "requests");
        Bench.line(System.out, "scale_sse_clients_on_a_before_kill", sseClientsOnA, "streams");
        Bench.line(System.out, "scale_sse_clients_on_b_before_kill", sseClientsOnB, "streams");
        boolean ok = captured == onServer[0] && onServer[0] == onServer[1] && acknowledged == captured
                && pending == 0 && failed == 0 && seenOnB.size() == onServer[1] && seenOnABeforeKill > 0
                && sseClientsOnA >= agents / 2.0 && sseClientsOnB >= agents / 2.0;
        Bench.line(System.out, "scale_checks_passed", ok ? 1 : 0, "bool");
        b.close();
        if (!ok) {
            throw new IllegalStateException("The scale proof failed its checks; logs are in " + dir);
        }
    }

    /** How many event streams an instance serves, read from its own metrics (the agents' streams and ours). */
    private static double sseClients(String url) {
        Http http = new Http(url);
        String metrics = http.get("/metrics", http.login("admin", "relais-demo")).body();
        Matcher m = Pattern.compile("(?m)^relais_sse_clients(?:\\{[^}]*})? ([0-9.eE+]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    /** Counts every request on the server, and the distinct ids among them, straight from PostgreSQL. */
    private static long[] countRequests(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(db, TestDatabases.postgresUser(), null);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM requests")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** Follows one instance's event stream from now on and collects the ids of the requests it announces. */
    private static Thread listen(OkHttpClient http, String url, Set<String> seen) throws Exception {
        String token = new Http(url).login("supervisor", "relais-demo");
        String head = new Http(url).get("/api/v1/changes?limit=1", token).json().path("cursor").asText();
        String cursor = head;
        while (true) {
            JsonNode page = new Http(url).get("/api/v1/changes?limit=1000&since=" + cursor, token).json();
            cursor = page.path("cursor").asText();
            if (!page.path("has_more").asBoolean()) {
                break;
            }
        }
        String since = cursor;
        Thread t = new Thread(() -> {
            Request r = new Request.Builder().url(url + "/api/v1/events?since=" + since)
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
            try (Response response = http.newCall(r).execute();
                 BufferedReader in = new BufferedReader(new InputStreamReader(response.body().byteStream(),
                         StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null && !Thread.currentThread().isInterrupted()) {
                    Matcher m = REQUEST_CHANGE.matcher(line);
                    if (m.find()) {
                        seen.add(m.group(1));
                    }
                }
            } catch (Exception e) {
                // the instance was killed, or the proof is over
            }
        }, "sse-" + url);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
