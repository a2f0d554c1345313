package ca.relais.api;

import java.time.Instant;

/** One stored version of the routing rules, as {@code GET /api/v1/routing/rules/versions} lists them. */
public record RoutingVersionDto(long version, Instant updatedAt, String updatedBy, int count) {
}
