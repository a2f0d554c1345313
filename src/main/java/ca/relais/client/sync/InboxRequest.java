package ca.relais.client.sync;

import ca.relais.api.Json;
import ca.relais.api.PendingHandoffDto;
import ca.relais.api.RequestDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request as the back office sees it: the request (with its SLA state, pending handoff, holder and latest public
 * note) and what an inbox row adds to it: where it is, who called, and the start of its description. Inbox rows and
 * whole requests are both read into it.
 */
public record InboxRequest(RequestDto request, String locationLabel, String callerName, String excerpt) {

    public static InboxRequest of(JsonNode node) throws JsonProcessingException {
        RequestDto request = Json.mapper().treeToValue(withCounts(node), RequestDto.class);
        String location = text(node, "location_label");
        if (location == null && request.location() != null) {
            location = request.location().address();
        }
        String excerpt = text(node, "description_excerpt");
        return new InboxRequest(request, location, text(node, "caller_name"),
                excerpt != null ? excerpt : request.description());
    }

    /** Inbox rows leave out the request's numbers that they do not show. */
    private static JsonNode withCounts(JsonNode node) {
        if (node.hasNonNull("priority") && node.hasNonNull("reopened_count") || !node.isObject()) {
            return node;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = node.deepCopy();
        for (String field : java.util.List.of("priority", "reopened_count", "version")) {
            if (!copy.hasNonNull(field)) {
                copy.put(field, 0);
            }
        }
        return copy;
    }

    /** A request known only from the cache. */
    public static InboxRequest cached(RequestDto request) {
        return new InboxRequest(request, request.location() == null ? null : request.location().address(), null,
                request.description());
    }

    public InboxRequest withRequest(RequestDto changed) {
        return new InboxRequest(changed, locationLabel, callerName, excerpt);
    }

    public String slaState() {
        return request.slaState();
    }

    public PendingHandoffDto pendingHandoff() {
        return request.pendingHandoff();
    }

    public String resolutionCode() {
        return request.resolutionCode();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
