package ca.relais.client.sync;

import ca.relais.api.UserDto;
import ca.relais.client.store.LocalStore;

/** A signed-in agent: who they are, their open local cache, and the engine keeping it in step with the server. */
public record WorkstationSession(UserDto user, String token, LocalStore store, RelaisApi api, SyncEngine sync,
                                 boolean startedOffline) implements AutoCloseable {

    @Override
    public String toString() {
        return "WorkstationSession[user=" + user.username() + ", offline=" + startedOffline + "]";
    }

    /** Stops synchronising, signs out on the server when it can, and always closes the cache. */
    @Override
    public void close() {
        String current = sync.token();
        sync.close();
        try {
            if (current != null) {
                api.signOut(current);
            }
        } catch (ApiException | ServerUnavailableException e) {
            // The token expires on its own; the cache must close regardless.
        } finally {
            store.close();
        }
    }
}
