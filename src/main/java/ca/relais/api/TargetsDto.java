package ca.relais.api;

import java.time.Instant;

/**
 * Service targets ({@code GET/PUT /api/v1/targets}): shares are between 0 and 1. {@code version} is the ETag;
 * {@code updated_at}/{@code updated_by} are ignored on PUT.
 */
public record TargetsDto(Double slaAttainment, Double firstContactResolution, Integer maxUnacceptedMinutes,
                         long version, Instant updatedAt, String updatedBy) {
}
