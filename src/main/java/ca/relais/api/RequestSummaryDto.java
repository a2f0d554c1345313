package ca.relais.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a list behind a dashboard tile ({@code GET /api/v1/queues/items}) or of an ombudsman search.
 * {@code waiting_since} is the handoff time on the {@code unaccepted} tile, null elsewhere; {@code caller_name} and
 * {@code address} are filled for the ombudsman only.
 */
public record RequestSummaryDto(UUID id, String number, String typeCode, String nature, String channel,
                                String status, String department, String borough, String createdBy,
                                Instant createdAt, Instant dueAt, Instant closedAt, Instant waitingSince,
                                String callerName, String address, String description) {
}
