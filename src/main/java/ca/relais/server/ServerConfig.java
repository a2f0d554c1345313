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
                           boolean demoInBackground) {

    public ServerConfig(String host, int port, Path dataDir, String jdbcUrl, Seed seed, Duration sessionTtl,
                        String dbUser, String dbPassword, Tls tls) {
        this(host, port, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, tls, DemoCity.Scale.FULL, false);
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
    }

    public static ServerConfig local(Path dataDir, Seed seed) {
        return new ServerConfig("127.0.0.1", 0, dataDir, null, seed, SHIFT, null, null, null, null, false);
    }

    public ServerConfig withJdbc(String url, String user, String password) {
        return new ServerConfig(host, port, dataDir, url, seed, sessionTtl, user, password, tls, demoScale,
                demoInBackground);
    }

    public ServerConfig withTls(Tls value) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, value, demoScale,
                demoInBackground);
    }

    /** How much of the demo city to generate, and whether to let the server answer before it is done. */
    public ServerConfig withDemo(DemoCity.Scale scale, boolean inBackground) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, tls, scale,
                inBackground);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, dataDir, jdbcUrl, seed, sessionTtl, dbUser, dbPassword, tls, demoScale,
                demoInBackground);
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", jdbcUrl=" + jdbcUrl
                + ", seed=" + seed + ", tls=" + tls + "]";
    }

    public String effectiveJdbcUrl() {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return jdbcUrl;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("relais-server")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64";
    }
}
