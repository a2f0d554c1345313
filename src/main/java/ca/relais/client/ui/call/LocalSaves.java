package ca.relais.client.ui.call;

import ca.relais.client.ui.common.UiExecutors;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The call screen's writes to the local cache (callers, requests, links, handoffs), run on the background executor
 * one after the other, in the order the agent made them, so that the outbox sends them in that order (a new caller
 * before the request that names them) and the FX thread never waits for the cache, which a synchronisation may be
 * holding (ADR 0020, 0022). What to show once a write is done, or failed, runs on the UI thread.
 */
public final class LocalSaves {
    private final UiExecutors executors;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    public LocalSaves(UiExecutors executors) {
        this.executors = executors;
    }

    /**
     * Runs {@code write} after every save handed over before it; then {@code saved} or {@code failed} on the UI thread.
     * The next save starts once this one is written, not once the UI thread has shown it; after a failure, once the UI
     * thread has put what failed back on screen (so that the call draft keeps it).
     */
    public <T> void save(UiExecutors.Work<T> write, Consumer<T> saved, Consumer<Exception> failed) {
        save(() -> { }, write, saved, failed);
    }

    /**
     * As {@link #save(UiExecutors.Work, Consumer, Consumer)}, with {@code shown} run at once on the calling thread,
     * once the save counts in {@link #pending()} and before it can start: what the screen shows before the write
     * (the form cleared) is not kept in the call draft until the write is done, and a failure shown after it.
     */
    public <T> void save(Runnable shown, UiExecutors.Work<T> write, Consumer<T> saved, Consumer<Exception> failed) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<?> previous = last;
        last = done;
        shown.run();
        previous.whenComplete((r, e) -> {
            try {
                executors.background().execute(() -> {
                    T result;
                    try {
                        result = write.call();
                    } catch (Exception failure) {
                        executors.ui().execute(() -> {
                            try {
                                failed.accept(failure);
                            } finally {
                                done.complete(null);
                            }
                        });
                        return;
                    }
                    done.complete(null);
                    executors.ui().execute(() -> saved.accept(result));
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                done.complete(null);
            }
        });
    }

    /** Completes once every save handed over so far is written (or has failed). */
    public CompletableFuture<?> pending() {
        return last;
    }
}
