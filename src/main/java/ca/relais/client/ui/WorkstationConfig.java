package ca.relais.client.ui;

import ca.relais.client.sync.HttpSetup;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the workstation needs to start.
 *
 * @param servers  the central servers, embedded or remote, in failover order
 * @param http     proxy and trusted certificate authorities
 * @param dataDir  where the users' encrypted caches live
 * @param locale   the interface language at start
 * @param logDir   where the log files are, for the diagnostics bundle
 * @param settings the effective settings and their sources, secrets masked, for the diagnostics bundle
 */
public record WorkstationConfig(List<URI> servers, HttpSetup http, Path dataDir, Locale locale, Path logDir,
                                Map<String, String> settings) {
    public WorkstationConfig {
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no server URL");
        }
    }

    public WorkstationConfig(URI serverUrl, Path dataDir, Locale locale) {
        this(List.of(serverUrl), HttpSetup.DIRECT, dataDir, locale, dataDir.resolve("logs"), Map.of());
    }

    /** The first server of the list. */
    public URI serverUrl() {
        return servers.get(0);
    }
}
