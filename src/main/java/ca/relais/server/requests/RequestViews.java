package ca.relais.server.requests;

import ca.relais.api.CallbackDto;
import ca.relais.api.EventDto;
import ca.relais.api.HolderDto;
import ca.relais.api.InboxItemDto;
import ca.relais.api.LocationDto;
import ca.relais.api.PendingHandoffDto;
import ca.relais.api.PublicNoteDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.SlaState;
import ca.relais.server.store.RequestRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** How a stored request is shown on the wire. */
public final class RequestViews {
    static final int EXCERPT = 160;

    private RequestViews() {
    }

    /** Without display names (the holder then shows the user name) and with the state of the clock now. */
    public static RequestDto toDto(RequestRow r, List<UUID> linkedCallers, List<EventDto> history) {
        return toDto(r, linkedCallers, history, Instant.now(), UnaryOperator.identity());
    }

    public static RequestDto toDto(RequestRow r, List<UUID> linkedCallers, List<EventDto> history, Instant now,
                                   UnaryOperator<String> displayName) {
        LocationDto location = r.addressId() == null && r.lat() == null && r.locationText() == null ? null
                : new LocationDto(r.addressId(), r.locationText(), r.lat(), r.lon(), r.borough());
        return new RequestDto(r.id(), r.number(), r.jurisdictionId(), r.typeCode(), r.nature(), r.channel(),
                r.callerId(), linkedCallers == null ? List.of() : linkedCallers, location, r.description(),
                r.attributes(), r.status(), r.department(), r.assignee(), r.priority(), r.kbArticleId(),
                r.parentId(), r.resolution(), r.createdBy(), r.createdAt(), r.updatedAt(), r.dueAt(), r.closedAt(),
                r.reopenedCount(), r.version(), r.resolutionCode(), slaState(r, now).name(), r.slaPausedAt(),
                r.slaRemainingMinutes(), pendingHandoff(r.pendingHandoff()),
                new HolderDto(r.department(), r.assignee(), displayName.apply(r.assignee())),
                publicNote(r.publicNote()), history);
    }

    public static InboxItemDto toInboxItem(RequestRow r, String callerName, Instant now) {
        String text = r.description() == null ? "" : r.description().strip();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).strip() + "…";
        return new InboxItemDto(r.id(), r.number(), r.typeCode(), r.nature(), r.status(), r.department(),
                r.assignee(), r.dueAt(), slaState(r, now).name(), r.createdAt(), r.borough(), r.locationText(),
                callerName, excerpt, pendingHandoff(r.pendingHandoff()), r.version());
    }

    public static SlaState slaState(RequestRow r, Instant now) {
        return SlaState.of(RequestStatus.valueOf(r.status()), r.dueAt(), r.slaPausedAt(), now);
    }

    static PendingHandoffDto pendingHandoff(JsonNode h) {
        if (h == null || h.isNull()) {
            return null;
        }
        JsonNode cb = h.get("callback");
        CallbackDto callback = cb == null || !cb.isObject() || cb.isEmpty() ? null
                : new CallbackDto(text(cb, "method"), text(cb, "value"), text(cb, "best_time"));
        return new PendingHandoffDto(h.hasNonNull("at") ? Instant.parse(h.get("at").asText()) : null,
                text(h, "from"), text(h, "to"), text(h, "urgency"), text(h, "note"), callback, text(h, "extension"));
    }

    static PublicNoteDto publicNote(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new PublicNoteDto(n.hasNonNull("at") ? Instant.parse(n.get("at").asText()) : null, text(n, "author"),
                text(n, "text"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
