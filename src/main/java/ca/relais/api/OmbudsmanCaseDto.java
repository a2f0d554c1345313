package ca.relais.api;

import java.util.List;

/**
 * {@code GET /api/v1/ombudsman/cases/{id}}: the request with its whole history (notes of both visibilities,
 * handoffs, status changes, merges), its callers, and every audit entry about it (reads and writes), oldest first.
 */
public record OmbudsmanCaseDto(RequestDto request, List<CallerDto> callers, List<AuditEntryDto> trail) {
}
