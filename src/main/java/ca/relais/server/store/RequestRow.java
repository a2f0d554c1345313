package ca.relais.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A request as the {@code requests} table holds it. While the service clock is paused, {@code slaPausedAt} is set,
 * {@code dueAt} is null and {@code slaRemainingMinutes} keeps the target left. {@code pendingHandoff} is the last
 * handoff until it is accepted; {@code publicNote} the latest note citizens may be told.
 */
public record RequestRow(UUID id, String jurisdictionId, String number, String typeCode, String nature,
                         String channel, UUID callerId, String addressId, String locationText, Double lat,
                         Double lon, String borough, String description, JsonNode attributes, String status,
                         String department, String assignee, int priority, String kbArticleId, UUID parentId,
                         String resolution, String createdBy, Instant createdAt, Instant updatedAt, Instant dueAt,
                         Instant closedAt, int reopenedCount, long version, String resolutionCode,
                         Instant slaPausedAt, Long slaRemainingMinutes, JsonNode pendingHandoff,
                         JsonNode publicNote) {

    /** A request as captured, before any pause, handoff or public note. */
    public RequestRow(UUID id, String jurisdictionId, String number, String typeCode, String nature,
                      String channel, UUID callerId, String addressId, String locationText, Double lat,
                      Double lon, String borough, String description, JsonNode attributes, String status,
                      String department, String assignee, int priority, String kbArticleId, UUID parentId,
                      String resolution, String createdBy, Instant createdAt, Instant updatedAt, Instant dueAt,
                      Instant closedAt, int reopenedCount, long version) {
        this(id, jurisdictionId, number, typeCode, nature, channel, callerId, addressId, locationText, lat, lon,
                borough, description, attributes, status, department, assignee, priority, kbArticleId, parentId,
                resolution, createdBy, createdAt, updatedAt, dueAt, closedAt, reopenedCount, version, null, null,
                null, null, null);
    }

    /** A copy for the next version, changed by the given edit. */
    public RequestRow next(Instant at, java.util.function.UnaryOperator<Builder> edit) {
        Builder b = edit.apply(new Builder(this));
        return new RequestRow(id, jurisdictionId, number, typeCode, nature, channel, b.callerId, addressId,
                locationText, lat, lon, borough, b.description, b.attributes, b.status, b.department, b.assignee,
                priority, kbArticleId, b.parentId, b.resolution, createdBy, createdAt, at, b.dueAt, b.closedAt,
                b.reopenedCount, version + 1, b.resolutionCode, b.slaPausedAt, b.slaRemainingMinutes,
                b.pendingHandoff, b.publicNote);
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
        public Instant dueAt;
        public Instant closedAt;
        public int reopenedCount;
        public String resolutionCode;
        public Instant slaPausedAt;
        public Long slaRemainingMinutes;
        public JsonNode pendingHandoff;
        public JsonNode publicNote;

        Builder(RequestRow r) {
            callerId = r.callerId;
            description = r.description;
            attributes = r.attributes;
            status = r.status;
            department = r.department;
            assignee = r.assignee;
            parentId = r.parentId;
            resolution = r.resolution;
            dueAt = r.dueAt;
            closedAt = r.closedAt;
            reopenedCount = r.reopenedCount;
            resolutionCode = r.resolutionCode;
            slaPausedAt = r.slaPausedAt;
            slaRemainingMinutes = r.slaRemainingMinutes;
            pendingHandoff = r.pendingHandoff;
            publicNote = r.publicNote;
        }
    }
}
