package ca.relais.client.store;

import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The life of a cache's {@link CallerIndex}: built page by page from the cache without holding it between pages
 * (writes made meanwhile go into the index too), in the background after sign-in or by the first lookup; dropped by
 * a rolled-back transaction and built again when next needed. Guarded by the store's monitor, like the connection.
 */
final class LookupIndex {
    private static final int PAGE = 20_000;
    private final LocalStore store;
    private CallerIndex current;
    private CompletableFuture<CallerIndex> build;

    LookupIndex(LocalStore store) {
        this.store = store;
    }

    void warmUp() {
        CompletableFuture<CallerIndex> mine = new CompletableFuture<>();
        synchronized (store) {
            if (build != null) {
                return;
            }
            build = mine;
        }
        Thread.ofPlatform().daemon().name("relais-lookup-index").start(() -> fill(mine));
    }

    /** The built index; waits for a build in progress, or builds it in the calling thread. */
    CallerIndex ready() {
        while (true) {
            CompletableFuture<CallerIndex> pending;
            boolean mine = false;
            synchronized (store) {
                if (build == null) {
                    build = new CompletableFuture<>();
                    mine = true;
                }
                pending = build;
            }
            if (mine) {
                fill(pending);
            }
            try {
                return pending.join();
            } catch (CancellationException | CompletionException e) {
                if (!(e instanceof CancellationException) && !(e.getCause() instanceof CancellationException)) {
                    throw new LocalStoreException("Cannot index the callers of the local cache", e.getCause());
                }
            }
        }
    }

    /**
     * The index if it is built; otherwise null, after starting a build in the background if none is running: the
     * caller then looks the callers up in the cache itself rather than waiting.
     */
    CallerIndex ifBuilt() {
        CompletableFuture<CallerIndex> pending;
        synchronized (store) {
            pending = build;
        }
        if (pending == null) {
            warmUp();
            return null;
        }
        return pending.isDone() && !pending.isCompletedExceptionally() ? pending.join() : null;
    }

    /** Applies a write to the index, when there is one (built or being built); callers hold the store. */
    void ifPresent(Consumer<CallerIndex> change) {
        if (current != null) {
            change.accept(current);
        }
    }

    /** Forgets the index; callers hold the store. */
    void drop() {
        current = null;
        build = null;
    }

    private void fill(CompletableFuture<CallerIndex> pending) {
        CallerIndex index = new CallerIndex();
        try {
            synchronized (store) {
                if (store.isClosed()) {
                    throw new CancellationException("the cache was closed");
                }
                current = index;
                LocalMirror.indexAddresses(store.connection(), index);
            }
            long after = 0;
            do {
                synchronized (store) {
                    if (current != index) {
                        throw new CancellationException("a transaction rolled back or the cache closed while indexing");
                    }
                    after = LocalMirror.indexCallers(store.connection(), index, after, PAGE);
                }
            } while (after >= 0);
            pending.complete(index);
        } catch (SQLException | RuntimeException e) {
            synchronized (store) {
                if (build == pending) {
                    drop();
                }
            }
            pending.completeExceptionally(e);
        }
    }
}
