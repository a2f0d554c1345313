package ca.relais.cli;

import ca.relais.client.sim.Simulation;
import ca.relais.client.sim.SimulationConfig;
import ca.relais.client.sim.Summary;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code relais simulate}: headless agents load a server through the workstation's own cache and sync engine. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs N headless agents that capture M requests together through their own encrypted caches "
                + "and sync engines, then waits for their outboxes to empty.",
            "The last line on stdout is a JSON summary of everything in --data-dir. Exit code 0 when nothing is "
                + "pending or failed, 1 otherwise."})
public final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--server", required = true, split = ",",
            description = "URL of the Relais server; several, comma-separated, to fail over from one to the next.")
    List<URI> servers;

    @Option(names = "--agents", required = true, description = "Number of agents capturing in this run.")
    int agents;

    @Option(names = "--requests", required = true,
            description = "Requests to capture in this run, all agents together; 0 only drains what is pending.")
    int requests;

    @Option(names = "--data-dir", required = true,
            description = "Folder of the agents' caches; a second run on it resumes what is pending.")
    Path dataDir;

    @Option(names = "--user", defaultValue = "agent8000", description = "Account of every agent (${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", defaultValue = "relais-demo",
            description = "Password of that account (default: the demo password).")
    char[] password;

    @Option(names = "--timeout", defaultValue = "120",
            description = "Seconds to wait for the outboxes after capturing (${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the call mix (${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--duration", description = "Keep taking calls for this many seconds (then drain); --requests "
            + "still caps the total.")
    Long durationSeconds;

    @Option(names = "--pace", defaultValue = "0",
            description = "Mean pause of each agent between calls, in milliseconds (${DEFAULT-VALUE}: back to back).")
    long paceMillis;

    @Spec
    CommandSpec spec;

    private final PrintStream out;

    public SimulateCommand() {
        this(System.out);
    }

    SimulateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws InterruptedException {
        SimulationConfig config;
        try {
            for (URI server : servers) {
                if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
                    throw new IllegalArgumentException("--server must be an http:// or https:// URL");
                }
            }
            config = new SimulationConfig(servers, agents, requests, dataDir, user, password,
                    Duration.ofSeconds(timeoutSeconds), seed,
                    durationSeconds == null ? null : Duration.ofSeconds(durationSeconds), Duration.ofMillis(paceMillis));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Summary summary = new Simulation(config).run();
        out.println(summary.toJson());
        out.flush();
        return summary.exitCode();
    }
}
