package ca.relais.client.sync;

import ca.relais.api.ApiPaths;
import ca.relais.api.PageDto;
import ca.relais.api.PresenceDto;
import ca.relais.api.QueuesDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.api.TargetsDto;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The supervisor's live-queue calls: the dashboard figures, the list behind a tile, the service targets; and the
 * presence every workstation reports. A refusal is an {@link ApiException}; no answer a
 * {@link ServerUnavailableException}.
 */
public final class SupervisionClient {
    private final JsonCalls calls;

    public SupervisionClient(RelaisApi api, Supplier<String> token) {
        this.calls = new JsonCalls(api, token);
    }

    /** Which list to open behind a tile: {@code tile} is one of {@link ca.relais.api.QueueTiles}; filters may be null. */
    public record ItemsQuery(String tile, String department, String status, String channel, String hour) {
        public static ItemsQuery of(String tile) {
            return new ItemsQuery(tile, null, null, null, null);
        }
    }

    public QueuesDto queues() throws ApiException, ServerUnavailableException {
        return calls.get(ApiPaths.QUEUES, QueuesDto.class);
    }

    public PageDto<RequestSummaryDto> items(ItemsQuery q, int limit, String cursor)
            throws ApiException, ServerUnavailableException {
        return calls.page(JsonCalls.query(ApiPaths.QUEUE_ITEMS, JsonCalls.params("tile", q.tile(), "department",
                q.department(), "status", q.status(), "channel", q.channel(), "hour", q.hour(), "limit", limit,
                "cursor", cursor)), RequestSummaryDto.class);
    }

    public TargetsDto targets() throws ApiException, ServerUnavailableException {
        return calls.get(ApiPaths.TARGETS, TargetsDto.class);
    }

    /** Saves the targets over {@code version}; a stale version is a 412 {@link ApiException}. */
    public TargetsDto saveTargets(TargetsDto targets) throws ApiException, ServerUnavailableException {
        return calls.send("PUT", ApiPaths.TARGETS, targets, Map.of("If-Match", "\"" + targets.version() + "\""),
                TargetsDto.class);
    }

    public void reportPresence(String state) throws ApiException, ServerUnavailableException {
        calls.send("POST", ApiPaths.PRESENCE, new PresenceDto(state, null), Map.of(), Void.class);
    }
}
