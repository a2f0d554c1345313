package ca.relais.client.sync;

import ca.relais.api.Json;
import ca.relais.api.RequestDto;
import ca.relais.client.store.LocalMirror;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A request's whole story (notes, status changes, handoffs), read from the server when it can be reached and kept in
 * the cache, so the caller's history shows the latest handoff and public note even offline.
 */
public final class RequestDetails {
    private final RelaisApi api;
    private final Supplier<String> token;
    private final LocalMirror mirror;

    public RequestDetails(RelaisApi api, Supplier<String> token, LocalMirror mirror) {
        this.api = api;
        this.token = token;
        this.mirror = mirror;
    }

    /** Reads the request's history from the server into the cache; false when the server could not say. */
    public boolean refresh(UUID id) {
        String current = token.get();
        if (current == null) {
            return false;
        }
        try {
            RelaisApi.Reply reply = api.send("GET", "/api/v1/requests/" + id, current, null, Map.of());
            if (reply.status() != 200) {
                return false;
            }
            RequestDto request = Json.mapper().readValue(reply.body(), RequestDto.class);
            if (request.history() == null) {
                return false;
            }
            mirror.rememberHistory(request.id(), request.version(), request.history());
            return true;
        } catch (ServerUnavailableException | JsonProcessingException e) {
            return false;
        }
    }
}
