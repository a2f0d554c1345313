package ca.relais.client.sync;

import ca.relais.api.UserDto;
import ca.relais.client.store.LocalStore;
import java.time.Instant;

/** A signed-in agent: who they are, their token, and their open local cache. */
public record WorkstationSession(UserDto user, String token, Instant expiresAt, LocalStore store, RelaisApi api)
        implements AutoCloseable {

    @Override
    public String toString() {
        return "WorkstationSession[user=" + user.username() + "]";
    }

    /** Signs out on the server when it can, and always closes the cache. */
    @Override
    public void close() {
        try {
            api.signOut(token);
        } catch (ApiException | ServerUnavailableException e) {
            // The token expires on its own; the cache must close regardless.
        } finally {
            store.close();
        }
    }
}
