package ca.relais.client.sync;

import ca.relais.api.CatalogueDto;
import ca.relais.api.Json;
import ca.relais.api.SessionResponse;
import ca.relais.api.UserDto;
import ca.relais.client.store.CacheLockedException;
import ca.relais.client.store.CacheRecovery;
import ca.relais.client.store.LocalCatalogue;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.OfflineVerifier;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;

/**
 * Signs in over HTTP, opens the user's encrypted cache, refreshes the catalogue and starts synchronising. When the
 * server cannot be reached, a user who signed in here before is let in offline, checked against the local verifier.
 */
public final class SignInService {
    private final RelaisApi api;
    private final Path dataDir;

    public SignInService(RelaisApi api, Path dataDir) {
        this.api = api;
        this.dataDir = dataDir;
    }

    public RelaisApi api() {
        return api;
    }

    public WorkstationSession signIn(String username, char[] password)
            throws ApiException, ServerUnavailableException, CacheLockedException {
        SessionResponse session;
        try {
            session = api.signIn(username, password);
        } catch (ServerUnavailableException e) {
            return offline(username, password, e);
        }
        String name = session.user().username();
        LocalStore store = CacheRecovery.openOrRecover(dataDir, name, password, recovered -> { });
        try {
            CatalogueDto catalogue = api.catalogue(session.token());
            new LocalCatalogue(store).replaceCatalogue(catalogue);
            store.putMeta(LocalStore.Meta.USER_JSON, Json.mapper().writeValueAsString(session.user()));
            OfflineVerifier.remember(dataDir, name, password);
        } catch (ApiException | ServerUnavailableException | JsonProcessingException | RuntimeException e) {
            store.close();
            if (e instanceof ApiException api) {
                throw api;
            }
            if (e instanceof ServerUnavailableException down) {
                throw down;
            }
            throw new IllegalStateException(e);
        }
        return start(session.user(), session.token(), store, username, password, false);
    }

    private WorkstationSession offline(String username, char[] password, ServerUnavailableException cause)
            throws ServerUnavailableException, ApiException, CacheLockedException {
        if (!OfflineVerifier.known(dataDir, username)) {
            throw cause;
        }
        if (!OfflineVerifier.verify(dataDir, username, password)) {
            throw new ApiException(401, null);
        }
        LocalStore store = CacheRecovery.openOrRecover(dataDir, username, password, recovered -> { });
        UserDto user;
        try {
            user = Json.mapper().readValue(store.meta(LocalStore.Meta.USER_JSON).orElseThrow(), UserDto.class);
        } catch (JsonProcessingException | java.util.NoSuchElementException e) {
            store.close();
            throw cause;
        }
        return start(user, null, store, username, password, true);
    }

    private WorkstationSession start(UserDto user, String token, LocalStore store, String username, char[] password,
                                     boolean offline) {
        store.warmUpLookups();
        SyncEngine engine = new SyncEngine(api, store, new Credentials(username, password), token);
        engine.start();
        return new WorkstationSession(user, token, store, api, engine, offline);
    }
}
