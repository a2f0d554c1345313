package ca.relais.client.sync;

/** What the workstation knows about its link to the server. */
public enum ConnectionState {
    ONLINE, SYNCING, OFFLINE, DEGRADED
}
