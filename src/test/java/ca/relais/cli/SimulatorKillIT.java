package ca.relais.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.sim.Ledger;
import ca.relais.client.store.LocalStore;
import ca.relais.support.JarProcesses;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator killed with SIGKILL again and again, at random moments (most while it captures and pushes, some
 * while it starts), then a drain.
 * Every request the caches hold is on the server exactly once, and the server holds nothing else.
 */
class SimulatorKillIT {
    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void killedRunsLoseNothingAndDuplicateNothing() throws Exception {
        Path log = dir.resolve("processes.log");
        Path data = dir.resolve("sim");
        Random random = new Random(20_261_129L);
        try (JarProcesses.Server server = JarProcesses.Server.start(dir.resolve("server"), log)) {
            for (int round = 0; round < KILLS; round++) {
                long logged = size(data.resolve("agent-0").resolve("captured-requests.log"));
                Process sim = JarProcesses.startSimulate(log, List.of("-XX:TieredStopAtLevel=1"), false, "--server",
                        server.url(), "--agents", "2", "--requests", "150", "--data-dir", data.toString(),
                        "--timeout", "20", "--seed", Integer.toString(round));
                if (round % 4 == 3) {
                    Thread.sleep(500 + random.nextInt(3_500));
                } else {
                    awaitCaptures(sim, data.resolve("agent-0").resolve("captured-requests.log"), logged);
                    Thread.sleep(random.nextInt(2_500));
                }
                sim.destroyForcibly();
                assertThat(sim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            JarProcesses.Run drain = JarProcesses.simulate(log, "--server", server.url(), "--agents", "2",
                    "--requests", "0", "--data-dir", data.toString(), "--timeout", "120");
            JsonNode summary = drain.summary();
            System.out.println("SimulatorKillIT after " + KILLS + " kills: " + summary);
            assertThat(drain.exitCode()).as(() -> drain.stdout() + JarProcesses.read(log)).isZero();
            assertThat(summary.get("pending").asInt()).isZero();
            assertThat(summary.get("failed").asInt()).isZero();
            assertThat(summary.get("captured").asInt()).as("the killed runs did capture").isPositive();
            assertThat(summary.get("acknowledged").asInt()).isEqualTo(summary.get("captured").asInt());

            Set<UUID> captured = capturedInCaches(data);
            List<UUID> onServer = JarProcesses.serverRequestIds(server.url());
            assertThat(captured).hasSize(summary.get("captured").asInt());
            assertThat(onServer).as("no request twice").doesNotHaveDuplicates();
            assertThat(new HashSet<>(onServer)).as("every captured request on the server, and nothing else")
                    .isEqualTo(captured);
        }
    }

    /** Waits until the run has started capturing (its first agent's log grows), so the kill lands mid-work. */
    private static void awaitCaptures(Process sim, Path log, long before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sim.isAlive() && size(log) <= before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static Set<UUID> capturedInCaches(Path data) throws Exception {
        Set<UUID> ids = new HashSet<>();
        try (Stream<Path> agents = Files.list(data)) {
            for (Path agent : agents.filter(p -> p.getFileName().toString().startsWith("agent-")).toList()) {
                try (LocalStore store = LocalStore.open(agent, "agent8000", "relais-demo".toCharArray())) {
                    Ledger.Tally tally = Ledger.tally(agent, store);
                    assertThat(tally.pending()).isZero();
                    ids.addAll(tally.capturedIds());
                }
            }
        }
        return ids;
    }
}
