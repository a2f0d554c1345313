package ca.relais.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request as stored; {@code history} is present on single reads only. {@code sla_state} is ON_TIME, AT_RISK,
 * OVERDUE, PAUSED or NONE; while PAUSED, {@code due_at} is null and {@code sla_remaining_minutes} holds what is left.
 * {@code pending_handoff} is set from a handoff until the receiving side accepts it; {@code holder} and
 * {@code latest_public_note} let an agent read the status out when the citizen calls back.
 */
public record RequestDto(UUID id, String number, String jurisdictionId, String typeCode, String nature,
                         String channel, UUID callerId, List<UUID> callerIds, LocationDto location,
                         String description, JsonNode attributes, String status, String department,
                         String assignee, int priority, String kbArticleId, UUID parentId, String resolution,
                         String createdBy, Instant createdAt, Instant updatedAt, Instant dueAt, Instant closedAt,
                         int reopenedCount, long version, String resolutionCode, String slaState,
                         Instant slaPausedAt, Long slaRemainingMinutes, PendingHandoffDto pendingHandoff,
                         HolderDto holder, PublicNoteDto latestPublicNote,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<EventDto> history) {

    /** A request without the routing, service-target and callback fields (built locally by the client). */
    public RequestDto(UUID id, String number, String jurisdictionId, String typeCode, String nature,
                      String channel, UUID callerId, List<UUID> callerIds, LocationDto location,
                      String description, JsonNode attributes, String status, String department,
                      String assignee, int priority, String kbArticleId, UUID parentId, String resolution,
                      String createdBy, Instant createdAt, Instant updatedAt, Instant dueAt, Instant closedAt,
                      int reopenedCount, long version, List<EventDto> history) {
        this(id, number, jurisdictionId, typeCode, nature, channel, callerId, callerIds, location, description,
                attributes, status, department, assignee, priority, kbArticleId, parentId, resolution, createdBy,
                createdAt, updatedAt, dueAt, closedAt, reopenedCount, version, null, null, null, null, null, null,
                null, history);
    }

    public RequestDto withHistory(List<EventDto> events) {
        return new RequestDto(id, number, jurisdictionId, typeCode, nature, channel, callerId, callerIds, location,
                description, attributes, status, department, assignee, priority, kbArticleId, parentId, resolution,
                createdBy, createdAt, updatedAt, dueAt, closedAt, reopenedCount, version, resolutionCode, slaState,
                slaPausedAt, slaRemainingMinutes, pendingHandoff, holder, latestPublicNote, events);
    }
}
