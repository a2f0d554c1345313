package ca.relais.client.sync;

import ca.relais.api.ChangesDto;
import ca.relais.api.Json;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.function.Consumer;

/** Pulls the change feed after the stored cursor, applying each page with its cursor in one local transaction. */
final class Puller {
    static final int PAGE = 500;
    private final RelaisApi api;
    private final LocalStore store;
    private final LocalMirror mirror;

    Puller(RelaisApi api, LocalStore store, LocalMirror mirror) {
        this.api = api;
        this.store = store;
        this.mirror = mirror;
    }

    /** Pulls until the feed is exhausted; reports progress while a full synchronisation runs. */
    void pull(String token, Consumer<SyncStatus.Progress> progress)
            throws ServerUnavailableException, UnauthorizedException, ApiException {
        String cursor = store.meta(LocalStore.Meta.FEED_CURSOR).orElse(null);
        boolean full = cursor == null;
        long rows = 0;
        long bytes = 0;
        long started = System.nanoTime();
        while (true) {
            RelaisApi.Reply reply = api.send("GET", "/api/v1/changes?limit=" + PAGE
                    + (cursor == null ? "" : "&since=" + cursor), token, null, Map.of());
            if (reply.status() == 410) {
                mirror.clear();
                cursor = null;
                full = true;
                continue;
            }
            if (reply.status() == 401) {
                throw new UnauthorizedException("token refused while pulling");
            }
            if (reply.status() != 200) {
                throw new ApiException(reply.status(), null);
            }
            ChangesDto page;
            try {
                page = Json.mapper().readValue(reply.body(), ChangesDto.class);
            } catch (JsonProcessingException e) {
                throw new ServerUnavailableException("Unreadable feed page", e);
            }
            mirror.apply(page.changes(), page.cursor());
            cursor = page.cursor();
            rows += page.changes().size();
            bytes += reply.bytes();
            if (full) {
                double seconds = (System.nanoTime() - started) / 1e9;
                Double eta = rows == 0 ? null : seconds / rows * page.remaining();
                progress.accept(new SyncStatus.Progress(rows, bytes, page.remaining(), eta));
            }
            if (!page.hasMore()) {
                if (full) {
                    progress.accept(null);
                }
                return;
            }
        }
    }
}
