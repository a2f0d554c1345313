package ca.relais.client.sync;

import ca.relais.api.CatalogueDto;
import ca.relais.api.SessionResponse;
import ca.relais.client.store.CacheLockedException;
import ca.relais.client.store.LocalStore;
import java.nio.file.Path;

/** Signs in over HTTP, opens the user's encrypted cache and refreshes the catalogue in it. */
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
        SessionResponse session = api.signIn(username, password);
        LocalStore store = LocalStore.open(dataDir, session.user().username(), password);
        try {
            CatalogueDto catalogue = api.catalogue(session.token());
            new ca.relais.client.store.LocalCatalogue(store).replaceCatalogue(catalogue);
        } catch (ApiException | ServerUnavailableException | RuntimeException e) {
            store.close();
            throw e;
        }
        return new WorkstationSession(session.user(), session.token(), session.expiresAt(), store, api);
    }
}
