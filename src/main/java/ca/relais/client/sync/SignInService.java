package ca.relais.client.sync;

import ca.relais.api.CatalogueDto;
import ca.relais.api.Json;
import ca.relais.api.SessionResponse;
import ca.relais.api.UserDto;
import ca.relais.client.store.CacheKey;
import ca.relais.client.store.CacheLockedException;
import ca.relais.client.store.CacheRecovery;
import ca.relais.client.store.CatalogueTagHint;
import ca.relais.client.store.LocalCatalogue;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.OfflineVerifier;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;

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

    /**
     * Signs in. A user who signed in here before has their cache key derived and their cache opened while the server
     * checks the password; then the catalogue is read while the cache finishes opening. The one password derivation
     * of the sign-in ({@link CacheKey}) serves the cache and the offline verifier both. A first sign-in waits for the
     * server's answer before creating anything on disk.
     */
    public WorkstationSession signIn(String username, char[] password)
            throws ApiException, ServerUnavailableException, CacheLockedException {
        CompletableFuture<CacheKey> key = OfflineVerifier.known(dataDir, username)
                ? CompletableFuture.supplyAsync(() -> CacheKey.derive(dataDir, username, password),
                SignInService::daemon) : null;
        CompletableFuture<LocalStore> early = key == null ? null
                : key.thenApplyAsync(k -> open(username, k), SignInService::daemon);
        SessionResponse session;
        try {
            session = api.signIn(username, password);
        } catch (ServerUnavailableException e) {
            return offline(username, password, e, key, early);
        } catch (ApiException | RuntimeException e) {
            discard(early);
            throw e;
        }
        String name = session.user().username();
        String heldTag = CatalogueTagHint.read(dataDir, name).orElse(null);
        CompletableFuture<RelaisApi.CatalogueReply> catalogue = CompletableFuture.supplyAsync(() -> {
            try {
                return api.catalogue(session.token(), heldTag);
            } catch (ApiException | ServerUnavailableException e) {
                throw new CompletionException(e);
            }
        }, SignInService::daemon);
        LocalStore store;
        CacheKey cacheKey;
        if (early != null && name.equals(username)) {
            store = await(early);
            cacheKey = key.join();
        } else {
            discard(early);
            cacheKey = CacheKey.derive(dataDir, name, password);
            store = CacheRecovery.openOrRecover(dataDir, name, cacheKey, recovered -> { });
        }
        try {
            storeCatalogue(new LocalCatalogue(store), await(catalogue), session.token(), name);
            store.putMeta(LocalStore.Meta.USER_JSON, Json.mapper().writeValueAsString(session.user()));
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
        remember(name, cacheKey);
        return start(session.user(), session.token(), store, username, password, false);
    }

    /**
     * Keeps the cache's catalogue when the server says it is current and the cache holds the very version it named,
     * or stores the one received (asking again without a tag if the cache holds another version).
     */
    private void storeCatalogue(LocalCatalogue local, RelaisApi.CatalogueReply reply, String token, String name)
            throws ApiException, ServerUnavailableException {
        if (reply.unchanged() && !(reply.etag() != null && local.etag().filter(reply.etag()::equals).isPresent())) {
            reply = api.catalogue(token, null);
        }
        if (reply.unchanged()) {
            local.confirmCurrent();
        } else {
            local.replaceCatalogue(reply.catalogue(), reply.etag());
        }
        CatalogueTagHint.write(dataDir, name, reply.etag());
    }

    /** Writes the offline verifier, for the next sign-in without a server; an HMAC, no second password hash. */
    private void remember(String username, CacheKey key) {
        try {
            OfflineVerifier.remember(dataDir, username, key);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SignInService.class).warn("Offline sign-in not prepared: {}", e.getMessage());
        }
    }

    private LocalStore open(String username, CacheKey key) {
        try {
            return CacheRecovery.openOrRecover(dataDir, username, key, recovered -> { });
        } catch (CacheLockedException e) {
            throw new CompletionException(e);
        }
    }

    private static void daemon(Runnable work) {
        Thread.ofPlatform().daemon().name("relais-sign-in").start(work);
    }

    /** Closes a cache opened in advance that turned out not to be needed. */
    private static void discard(CompletableFuture<LocalStore> early) {
        if (early != null) {
            early.whenComplete((store, failure) -> {
                if (store != null) {
                    store.close();
                }
            });
        }
    }

    /** The result of work done in advance, with its checked failures as they would have been thrown in line. */
    private static <T> T await(CompletableFuture<T> work) throws ApiException, ServerUnavailableException,
            CacheLockedException {
        try {
            return work.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ApiException api) {
                throw api;
            }
            if (cause instanceof ServerUnavailableException down) {
                throw down;
            }
            if (cause instanceof CacheLockedException locked) {
                throw locked;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private WorkstationSession offline(String username, char[] password, ServerUnavailableException cause,
                                       CompletableFuture<CacheKey> key, CompletableFuture<LocalStore> early)
            throws ServerUnavailableException, ApiException, CacheLockedException {
        if (key == null || !OfflineVerifier.known(dataDir, username)) {
            discard(early);
            throw cause;
        }
        if (!OfflineVerifier.verify(dataDir, username, password, key::join)) {
            discard(early);
            throw new ApiException(401, null);
        }
        LocalStore store = await(early);
        remember(username, key.join());
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
        SyncEngine engine = new SyncEngine(api, store, new Credentials(username, password), token);
        engine.start();
        return new WorkstationSession(user, token, store, api, engine, offline);
    }
}
