package ca.relais.cli;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais server}: runs the central request server until it is stopped. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Runs the central request server.")
public final class ServerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default ${DEFAULT-VALUE}; use 0.0.0.0 behind a reverse proxy).")
    String host;

    @Option(names = "--data-dir", description = "Folder for the H2 database and server files.")
    Path dataDir;

    @Option(names = "--db", description = "JDBC URL, e.g. jdbc:postgresql://db/relais (default: H2 under --data-dir).")
    String jdbcUrl;

    @Option(names = "--db-user", defaultValue = "${env:RELAIS_DB_USER}", description = "Database user.")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:RELAIS_DB_PASSWORD}",
            description = "Database password (or RELAIS_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--seed", defaultValue = "none", description = "Data to load: demo or none.",
            converter = SeedConverter.class)
    ServerConfig.Seed seed;

    @Option(names = "--tls-keystore", description = "PKCS#12 or JKS keystore: serve HTTPS instead of HTTP.")
    Path tlsKeystore;

    @Option(names = "--tls-password", defaultValue = "${env:RELAIS_TLS_PASSWORD}",
            description = "Keystore password (or RELAIS_TLS_PASSWORD).")
    String tlsPassword;

    @Option(names = "--demo-city", defaultValue = "full",
            description = "With --seed demo: the generated city, full (default), small or none.")
    String demoCity;

    @Option(names = "--metrics-token", defaultValue = "${env:RELAIS_METRICS_TOKEN}",
            description = "Bearer token Prometheus sends to read /metrics (or RELAIS_METRICS_TOKEN); admins may always.")
    String metricsToken;

    @Option(names = "--retention-months", defaultValue = "${env:RELAIS_RETENTION_MONTHS:-24}",
            description = "Anonymise callers whose requests have all been closed for this many months (0: never).")
    int retentionMonths;

    @Option(names = "--trusted-proxy", split = ",", defaultValue = "${env:RELAIS_TRUSTED_PROXIES}",
            description = "Address(es) of reverse proxies whose X-Forwarded-For names the client (or "
                    + "RELAIS_TRUSTED_PROXIES, comma-separated).")
    java.util.List<String> trustedProxies;

    private final PrintStream out;
    private final CountDownLatch stop = new CountDownLatch(1);

    public ServerCommand() {
        this(System.out);
    }

    ServerCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (retentionMonths < 0) {
            System.err.println("--retention-months must be 0 (never) or a number of months, not " + retentionMonths);
            return 2;
        }
        Path dir = dataDir != null ? dataDir : AppDirs.userData().resolve("server");
        ServerConfig config = new ServerConfig(host, port, dir, jdbcUrl, seed, ServerConfig.SHIFT, dbUser,
                dbPassword, tlsKeystore == null ? null : new ServerConfig.Tls(tlsKeystore,
                tlsPassword == null ? "" : tlsPassword)).withDemo(scale(), true)
                .withOperations(new ServerConfig.Operations(metricsToken == null || metricsToken.isBlank() ? null
                        : metricsToken, retentionMonths, null, trustedProxies == null ? java.util.Set.of()
                        : trustedProxies.stream().map(String::strip).filter(a -> !a.isEmpty())
                        .collect(java.util.stream.Collectors.toSet())));
        RelaisServer server = RelaisServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }, "relais-shutdown"));
        out.println("relais server listening on " + server.baseUrl());
        out.flush();
        stop.await();
        return 0;
    }

    private ca.relais.server.demo.DemoCity.Scale scale() {
        return switch (demoCity.toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> null;
            case "small" -> ca.relais.server.demo.DemoCity.Scale.SMALL;
            case "full" -> ca.relais.server.demo.DemoCity.Scale.FULL;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--demo-city must be full, small or none");
        };
    }

    /** Accepts {@code demo} and {@code none}, in any case. */
    static final class SeedConverter implements picocli.CommandLine.ITypeConverter<ServerConfig.Seed> {
        @Override
        public ServerConfig.Seed convert(String value) {
            return ServerConfig.Seed.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
