package ca.relais.client.ui.diagnostics;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The synchronisation state as the diagnostics bundle reports it: counts and times only, nothing from the cache.
 *
 * @param lastSync null before the first complete synchronisation
 */
public record SyncSnapshot(String connection, int pending, int rejected, int conflicts, Instant lastSync,
                           URI currentServer, List<URI> servers) {
}
