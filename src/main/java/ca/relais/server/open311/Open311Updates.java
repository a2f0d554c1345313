package ca.relais.server.open311;

import ca.relais.domain.RequestStatus;
import ca.relais.server.store.Database;
import ca.relais.server.store.PublicRequestStore;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/** mySociety's {@code GET servicerequestupdates}: the PUBLIC status changes and notes of a period, oldest first. */
final class Open311Updates {
    private final Database db;
    private final PublicRequestStore store;
    private final Clock clock;
    private final UnaryOperator<String> jurisdiction;

    Open311Updates(Database db, PublicRequestStore store, Clock clock, UnaryOperator<String> jurisdiction) {
        this.db = db;
        this.store = store;
        this.clock = clock;
        this.jurisdiction = jurisdiction;
    }

    void updates(Context ctx, Open311Format format) {
        String j = jurisdiction.apply(ctx.queryParam("jurisdiction_id"));
        Open311Query.Window w = Open311Query.window(ctx, clock);
        int size = Open311Query.pageSize(ctx);
        long offset = (long) (Open311Query.page(ctx) - 1) * size;
        List<PublicRequestStore.PublicEvent> events = db.read(c -> store.publicEvents(c, j, w.from(), w.to(), size,
                offset));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (PublicRequestStore.PublicEvent e : events) {
            out.addObject()
                    .put("update_id", String.valueOf(e.event().id()))
                    .put("service_request_id", e.number())
                    .put("status", status(e.statusAfter()))
                    .put("updated_datetime", Open311Views.time(e.event().at()))
                    .put("description", e.event().text())
                    .put("media_url", e.event().data() == null ? null
                            : e.event().data().path("media_url").asText(null));
        }
        Open311Output.send(ctx, format, 200, "service_request_updates", out);
    }

    /** Our status in mySociety's words; a request whose status never changed is still open. */
    static String status(String relais) {
        if (relais == null) {
            return "OPEN";
        }
        return switch (RequestStatus.valueOf(relais)) {
            case NEW, WAITING -> "OPEN";
            case ASSIGNED -> "INVESTIGATING";
            case IN_PROGRESS -> "IN_PROGRESS";
            case RESOLVED -> "FIXED";
            case CLOSED -> "CLOSED";
            case DUPLICATE -> "DUPLICATE";
            case CANCELLED -> "NO_FURTHER_ACTION";
        };
    }
}
