package ca.relais.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** A request as the {@code requests} table holds it. */
public record RequestRow(UUID id, String jurisdictionId, String number, String typeCode, String nature,
                         String channel, UUID callerId, String addressId, String locationText, Double lat,
                         Double lon, String borough, String description, JsonNode attributes, String status,
                         String department, String assignee, int priority, String kbArticleId, UUID parentId,
                         String resolution, String createdBy, Instant createdAt, Instant updatedAt, Instant dueAt,
                         Instant closedAt, int reopenedCount, long version) {

    /** A copy for the next version, changed by the given edit. */
    public RequestRow next(Instant at, java.util.function.UnaryOperator<Builder> edit) {
        Builder b = edit.apply(new Builder(this));
        return new RequestRow(id, jurisdictionId, number, typeCode, nature, channel, b.callerId, addressId,
                locationText, lat, lon, borough, b.description, b.attributes, b.status, b.department, b.assignee,
                priority, kbArticleId, b.parentId, b.resolution, createdBy, createdAt, at, dueAt, b.closedAt,
                b.reopenedCount, version + 1);
    }

    /** The fields that change after creation. */
    public static final class Builder {
        public UUID callerId;
        public String description;
        public JsonNode attributes;
        public String status;
        public String department;
        public String assignee;
        public UUID parentId;
        public String resolution;
        public Instant closedAt;
        public int reopenedCount;

        Builder(RequestRow r) {
            callerId = r.callerId;
            description = r.description;
            attributes = r.attributes;
            status = r.status;
            department = r.department;
            assignee = r.assignee;
            parentId = r.parentId;
            resolution = r.resolution;
            closedAt = r.closedAt;
            reopenedCount = r.reopenedCount;
        }
    }
}
