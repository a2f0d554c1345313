package ca.relais.server;

import ca.relais.server.demo.DemoCity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a server instance runs.
 *
 * @param host        address to bind
 * @param port        port to bind; 0 picks a free one
 * @param dataDir     folder for the default H2 database and server files
 * @param jdbcUrl     database URL; {@code null} means an H2 file under {@code dataDir}
 * @param seed        which data to load on start
 * @param sessionTtl  how long a sign-in lasts
 */
public record ServerConfig(String host, int port, Path dataDir, String jdbcUrl, Seed seed, Duration sessionTtl,
                           String dbUser, String dbPassword, Tls tls, DemoCity.Scale demoScale,
                           boolean demoInBackground, Operations operations) {

    public ServerConfig(String host, int port, Path dataDir, String jdbcUrl, Seed seed, Duration sessionTtl,
                        String dbUser, String dbPassword, Tls tls) {
        this(host, port, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, tls, DemoCity.Scale.FULL, false,
                Operations.DEFAULT);
    }

    /**
     * Operations settings.
     *
     * @param metricsToken     a bearer token that may read {@code /metrics} without a session (for Prometheus);
     *                         {@code null}: only admins may
     * @param retentionMonths  callers whose requests have all been closed for longer than this are anonymised;
     *                         0 turns the job off
     * @param retentionEvery   how often the retention job runs
     * @param trustedProxies   addresses of reverse proxies whose {@code X-Forwarded-For} gives the client's address
     */
    public record Operations(String metricsToken, int retentionMonths, Duration retentionEvery,
                             java.util.Set<String> trustedProxies) {
        public static final Operations DEFAULT = new Operations(null, 24, Duration.ofHours(24));

        public Operations(String metricsToken, int retentionMonths, Duration retentionEvery) {
            this(metricsToken, retentionMonths, retentionEvery, java.util.Set.of());
        }

        public Operations {
            if (retentionMonths < 0) {
                throw new IllegalArgumentException("The retention period cannot be negative");
            }
            retentionEvery = retentionEvery == null ? Duration.ofHours(24) : retentionEvery;
            trustedProxies = trustedProxies == null ? java.util.Set.of() : java.util.Set.copyOf(trustedProxies);
        }

        @Override
        public String toString() {
            return "Operations[metricsToken=" + (metricsToken == null ? "none" : "***") + ", retentionMonths="
                    + retentionMonths + ", retentionEvery=" + retentionEvery + ", trustedProxies=" + trustedProxies + "]";
        }
    }

    /** An optional TLS certificate: a PKCS#12 or JKS keystore and its password. */
    public record Tls(Path keystore, String password) {
        @Override
        public String toString() {
            return "Tls[keystore=" + keystore + ", password=***]";
        }
    }

    /** Data loaded at start. */
    public enum Seed { NONE, DEMO }

    public static final Duration SHIFT = Duration.ofHours(8);

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(seed, "seed");
        sessionTtl = sessionTtl == null ? SHIFT : sessionTtl;
        operations = operations == null ? Operations.DEFAULT : operations;
    }

    public static ServerConfig local(Path dataDir, Seed seed) {
        return new ServerConfig("127.0.0.1", 0, dataDir, null, seed, SHIFT, null, null, null, null, false, null);
    }

    public ServerConfig withJdbc(String url, String user, String password) {
        return new ServerConfig(host, port, dataDir, url, seed, sessionTtl, user, password, tls, demoScale,
                demoInBackground, operations);
    }

    public ServerConfig withTls(Tls value) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, value, demoScale,
                demoInBackground, operations);
    }

    /** How much of the demo city to generate, and whether to let the server answer before it is done. */
    public ServerConfig withDemo(DemoCity.Scale scale, boolean inBackground) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, tls, scale,
                inBackground, operations);
    }

    public ServerConfig withOperations(Operations value) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, tls, demoScale,
                demoInBackground, value);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, tls, demoScale,
                demoInBackground, operations);
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", jdbcUrl=" + jdbcUrl
                + ", seed=" + seed + ", tls=" + tls + ", " + operations + "]";
    }

    public String effectiveJdbcUrl() {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return jdbcUrl;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("relais-server")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64";
    }
}
