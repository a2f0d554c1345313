package ca.relais.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code GET /api/v1/inbox}. {@code sla_state}: ON_TIME, AT_RISK, OVERDUE, PAUSED or NONE;
 * {@code pending_handoff} is null once accepted.
 */
public record InboxItemDto(UUID id, String number, String typeCode, String nature, String status,
                           String department, String assignee, Instant dueAt, String slaState, Instant createdAt,
                           String borough, String locationLabel, String callerName, String descriptionExcerpt,
                           PendingHandoffDto pendingHandoff, long version) {
}
