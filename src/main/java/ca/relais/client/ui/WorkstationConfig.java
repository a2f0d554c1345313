package ca.relais.client.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the workstation needs to start.
 *
 * @param serverUrl the central server, embedded or remote
 * @param dataDir   where the users' encrypted caches live
 * @param locale    the interface language at start
 */
public record WorkstationConfig(URI serverUrl, Path dataDir, Locale locale) {
}
