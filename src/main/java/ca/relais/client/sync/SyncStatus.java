package ca.relais.client.sync;

import java.time.Instant;

/**
 * What the UI shows of synchronisation.
 *
 * @param reason       why the state is DEGRADED or OFFLINE, in plain words; null otherwise
 * @param firstSync    progress of a first (or full) synchronisation; null once done
 */
public record SyncStatus(ConnectionState state, String reason, int pending, int rejected, int conflicts,
                         Instant lastSync, Progress firstSync) {

    /** How far a full pull has come, and an estimate of the time left. */
    public record Progress(long rows, long bytes, long remaining, Double etaSeconds) {
    }
}
