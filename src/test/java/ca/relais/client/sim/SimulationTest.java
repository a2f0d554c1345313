package ca.relais.client.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import ca.relais.support.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The simulator in process against a real server, on H2 and on PostgreSQL. */
class SimulationTest {
    @TempDir
    Path dir;

    private SimulationConfig config(String url, int agents, int requests) {
        return new SimulationConfig(URI.create(url), agents, requests, dir.resolve("sim"), "agent8000",
                "relais-demo".toCharArray(), Duration.ofSeconds(90), 7);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void agentsCaptureARealisticMixThatReachesTheServerOnceAndASecondRunOnlyDrains(TestDatabases.Engine engine)
            throws Exception {
        ServerConfig server = ServerConfig.local(dir.resolve("server"), ServerConfig.Seed.DEMO);
        if (engine == TestDatabases.Engine.POSTGRESQL) {
            server = server.withJdbc(TestDatabases.freshPostgresUrl(), TestDatabases.postgresUser(), null);
        }
        try (RelaisServer relais = RelaisServer.start(server)) {
            Summary first = new Simulation(config(relais.baseUrl(), 3, 60)).run();
            assertThat(first.error()).isNull();
            assertThat(first.captured()).isEqualTo(60);
            assertThat(first.acknowledged()).isEqualTo(60);
            assertThat(first.pending()).isZero();
            assertThat(first.failed()).isZero();
            assertThat(first.exitCode()).isZero();
            assertThat(first.pushes()).isGreaterThanOrEqualTo(60);
            assertThat(first.p50Ms()).isPositive();
            assertThat(first.p99Ms()).isGreaterThanOrEqualTo(first.p50Ms());
            assertThat(first.calls().lookups).isPositive();
            assertThat(first.calls().requests + first.calls().newCallers + first.calls().information)
                    .isEqualTo(60);

            Summary second = new Simulation(config(relais.baseUrl(), 1, 0)).run();
            assertThat(second.agents()).as("folders of earlier runs are opened too").isEqualTo(3);
            assertThat(second.captured()).as("counts the whole folder").isEqualTo(60);
            assertThat(second.capturedThisRun()).isZero();
            assertThat(second.p50Ms()).isNull();
            assertThat(second.exitCode()).isZero();

            Http http = new Http(relais.baseUrl());
            String token = http.login("supervisor", "relais-demo");
            JsonNode page = http.get("/api/v1/requests?limit=500", token).json();
            Set<UUID> ids = new HashSet<>();
            page.get("items").forEach(i -> ids.add(UUID.fromString(i.get("id").asText())));
            assertThat(page.get("total").asInt()).isEqualTo(60);
            assertThat(ids).hasSize(60);
            assertThat(page.findValuesAsText("nature")).contains("INFORMATION");
        }
    }

    @org.junit.jupiter.api.Test
    void aTimedShiftAtAPaceStopsTakingCallsWhenTheShiftEndsAndDrains() throws Exception {
        try (RelaisServer relais = RelaisServer.start(ServerConfig.local(dir.resolve("server"),
                ServerConfig.Seed.DEMO).withDemo(null, false))) {
            SimulationConfig shift = new SimulationConfig(URI.create(relais.baseUrl()), 2, 10_000,
                    dir.resolve("shift"), "agent8000", "relais-demo".toCharArray(), Duration.ofSeconds(60), 3,
                    Duration.ofSeconds(3), Duration.ofMillis(300));
            long started = System.nanoTime();
            Summary summary = new Simulation(shift).run();
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(summary.error()).isNull();
            assertThat(seconds).as("the shift lasts its duration").isGreaterThanOrEqualTo(3.0);
            assertThat(summary.capturedThisRun()).as("about one call per agent every 300 ms for 3 s")
                    .isBetween(4, 60);
            assertThat(summary.acknowledged()).isEqualTo(summary.captured());
            assertThat(summary.pending()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Engine.class, names = "H2")
    void aWrongPasswordIsReportedAndExitsOne(TestDatabases.Engine engine) throws Exception {
        try (RelaisServer relais = RelaisServer.start(ServerConfig.local(dir.resolve("server"),
                ServerConfig.Seed.DEMO))) {
            Summary summary = new Simulation(new SimulationConfig(URI.create(relais.baseUrl()), 1, 5,
                    dir.resolve("sim"), "agent8000", "wrong".toCharArray(), Duration.ofSeconds(5), 1)).run();
            assertThat(summary.error()).contains("refused");
            assertThat(summary.exitCode()).isEqualTo(1);
            assertThat(summary.toJson()).contains("\"captured\":0", "\"pending\":0", "\"error\"");
        }
    }
}
