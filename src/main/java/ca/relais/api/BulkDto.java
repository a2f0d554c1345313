package ca.relais.api;

import java.util.List;

/**
 * Body of {@code POST /api/v1/requests/bulk}. {@code action}: accept, status, handoff or note. The other fields are
 * those of the single action: status ({@code status}, {@code resolution}, {@code resolution_code}), handoff
 * ({@code to_department}, {@code note}, {@code urgency}, {@code callback}), note ({@code text},
 * {@code visibility}).
 */
public record BulkDto(String action, List<VersionRefDto> items, String status, String resolution,
                      String resolutionCode, String toDepartment, String note, String urgency, CallbackDto callback,
                      String text, String visibility) {
}
