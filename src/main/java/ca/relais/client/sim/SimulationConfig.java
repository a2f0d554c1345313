package ca.relais.client.sim;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One run of the load simulator.
 *
 * @param servers  the server's URLs; the agents fail over from one to the next, as workstations do
 * @param agents   how many headless agents capture in this run (agents found from earlier runs are drained too)
 * @param requests how many requests they capture together; 0 only drains what is pending
 * @param timeout  how long to wait, after the captures, for the outboxes to empty
 * @param seed     seed of the call mix, for a repeatable run
 * @param duration when set, agents keep taking calls until it has passed (or {@code requests} are captured)
 * @param pace     each agent's mean pause between calls, as on a real line; zero for back-to-back calls
 */
public record SimulationConfig(List<URI> servers, int agents, int requests, Path dataDir, String user,
                               char[] password, Duration timeout, long seed, Duration duration, Duration pace) {
    public SimulationConfig(URI server, int agents, int requests, Path dataDir, String user, char[] password,
                            Duration timeout, long seed) {
        this(List.of(server), agents, requests, dataDir, user, password, timeout, seed, null, Duration.ZERO);
    }

    public SimulationConfig(URI server, int agents, int requests, Path dataDir, String user, char[] password,
                            Duration timeout, long seed, Duration duration, Duration pace) {
        this(List.of(server), agents, requests, dataDir, user, password, timeout, seed, duration, pace);
    }

    public SimulationConfig {
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("--server needs at least one URL");
        }
        pace = pace == null ? Duration.ZERO : pace;
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("--duration must be positive");
        }
        if (pace.isNegative()) {
            throw new IllegalArgumentException("--pace must not be negative");
        }
        if (agents < 1) {
            throw new IllegalArgumentException("--agents must be at least 1");
        }
        if (requests < 0) {
            throw new IllegalArgumentException("--requests must not be negative");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must not be negative");
        }
    }
}
