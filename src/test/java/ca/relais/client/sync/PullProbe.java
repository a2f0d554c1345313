package ca.relais.client.sync;

import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;

/** For benchmarks: one pull of the change feed, exactly as the sync engine runs it, without the push around it. */
public final class PullProbe {
    private final Puller puller;

    public PullProbe(RelaisApi api, LocalStore store) {
        this.puller = new Puller(api, store, new LocalMirror(store));
    }

    public void pull(String token) throws ServerUnavailableException, UnauthorizedException, ApiException {
        puller.pull(token, progress -> { });
    }
}
