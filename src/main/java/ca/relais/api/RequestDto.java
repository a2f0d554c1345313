package ca.relais.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request as stored; {@code history} is present on single reads only. */
@JsonSerialize(using = RequestDtoSerializer.class)
public record RequestDto(UUID id, String number, String jurisdictionId, String typeCode, String nature,
                         String channel, UUID callerId, List<UUID> callerIds, LocationDto location,
                         String description, JsonNode attributes, String status, String department,
                         String assignee, int priority, String kbArticleId, UUID parentId, String resolution,
                         String createdBy, Instant createdAt, Instant updatedAt, Instant dueAt, Instant closedAt,
                         int reopenedCount, long version,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<EventDto> history) {

    public RequestDto withHistory(List<EventDto> events) {
        return new RequestDto(id, number, jurisdictionId, typeCode, nature, channel, callerId, callerIds, location,
                description, attributes, status, department, assignee, priority, kbArticleId, parentId, resolution,
                createdBy, createdAt, updatedAt, dueAt, closedAt, reopenedCount, version, events);
    }
}
