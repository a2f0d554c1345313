package ca.relais.client.sync;

import ca.relais.api.Json;
import ca.relais.api.RequestDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A request as the back office sees it: the request itself and what the server adds for the inbox (its SLA state,
 * the handoff not yet accepted, who holds it, its latest public note and its resolution code). Read from the JSON so
 * that a server without those fields still gives a usable request.
 */
public record InboxRequest(RequestDto request, String slaState, PendingHandoff pendingHandoff, String holder,
                           String latestPublicNote, String resolutionCode) {

    /** A handoff waiting to be accepted by the receiving department. */
    public record PendingHandoff(Instant at, String from, String to, String urgency, String note,
                                 String callbackMethod, String callbackValue, String bestTime, String extension) {
    }

    public static InboxRequest of(JsonNode node) throws JsonProcessingException {
        RequestDto request = Json.mapper().treeToValue(node, RequestDto.class);
        JsonNode h = node.path("pending_handoff");
        PendingHandoff pending = h.isObject() ? new PendingHandoff(h.hasNonNull("at")
                ? Instant.parse(h.get("at").asText()) : null, text(h, "from"), text(h, "to"), text(h, "urgency"),
                text(h, "note"), text(h.path("callback"), "method"), text(h.path("callback"), "value"),
                text(h.path("callback"), "best_time"), text(h, "extension")) : null;
        JsonNode holder = node.path("holder");
        String holderText = holder.isObject() ? join(text(holder, "department"), text(holder, "assignee"))
                : text(node, "holder");
        JsonNode note = node.path("latest_public_note");
        String noteText = note.isObject() ? text(note, "text") : text(node, "latest_public_note");
        return new InboxRequest(request, text(node, "sla_state"), pending, holderText, noteText,
                text(node, "resolution_code"));
    }

    /** A request known only from the cache, without the server's inbox fields. */
    public static InboxRequest cached(RequestDto request) {
        return new InboxRequest(request, null, null, null, null, null);
    }

    public InboxRequest withRequest(RequestDto changed) {
        return new InboxRequest(changed, slaState, pendingHandoff, holder, latestPublicNote, resolutionCode);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " · " + b;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
