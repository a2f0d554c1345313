package ca.relais.client.ui.call;

import ca.relais.api.Json;
import ca.relais.client.store.LocalStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the call draft to the encrypted cache in the background, coalescing bursts of keystrokes into one write,
 * and reads it back after a restart.
 */
public final class DraftKeeper {
    private final LocalStore store;
    private final Executor background;
    private final AtomicReference<CallDraft> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Optional<CallDraft> preloaded;
    private Supplier<CompletableFuture<?>> saves = () -> CompletableFuture.completedFuture(null);

    public DraftKeeper(LocalStore store, Executor background) {
        this.store = store;
        this.background = background;
    }

    /**
     * Holds every draft write until {@code saves} are done: a submitted request is only cleared from the draft once it
     * is in the cache, so a crash in between loses nothing.
     */
    public void after(Supplier<CompletableFuture<?>> saves) {
        this.saves = saves;
    }

    public void save(CallDraft draft) {
        latest.set(draft);
        if (scheduled.compareAndSet(false, true)) {
            CompletableFuture<?> pending = saves.get();
            Executor next = pending.isDone() ? background
                    : work -> pending.whenComplete((r, e) -> background.execute(work));
            next.execute(() -> {
                scheduled.set(false);
                CallDraft d = latest.get();
                try {
                    store.putMeta(LocalStore.Meta.CALL_DRAFT, d == null || d.isEmpty() ? ""
                            : Json.mapper().writeValueAsString(d));
                } catch (JsonProcessingException | RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(DraftKeeper.class).warn("Draft not saved: {}",
                            ca.relais.domain.LogSafe.describe(e));
                }
            });
        }
    }

    /** Reads the draft now (off the FX thread), so that the first {@link #load()} does not touch the cache. */
    public void preload() {
        preloaded = read();
    }

    public Optional<CallDraft> load() {
        Optional<CallDraft> early = preloaded;
        if (early != null) {
            preloaded = null;
            return early;
        }
        return read();
    }

    private Optional<CallDraft> read() {
        try {
            String json = store.meta(LocalStore.Meta.CALL_DRAFT).orElse("");
            return json.isBlank() ? Optional.empty() : Optional.of(Json.mapper().readValue(json, CallDraft.class));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
