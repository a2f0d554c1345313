package ca.relais.client.config;

import ca.relais.client.sync.HttpSetup;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workstation's effective settings, once every source was read.
 *
 * @param servers   the central servers in failover order; empty to start the embedded demo server
 * @param http      proxy and trusted authorities
 * @param dataDir   where the encrypted caches live
 * @param logDir    where the workstation's log files go
 * @param language  the interface language at start
 * @param effective every setting with its value (secrets masked) and where it came from, for diagnostics
 */
public record ClientSettings(List<URI> servers, HttpSetup http, Path dataDir, Path logDir, Locale language,
                             Map<String, String> effective) {
    public ClientSettings {
        servers = List.copyOf(servers);
        effective = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(effective));
    }
}
