package ca.relais.api;

import java.time.Instant;
import java.util.List;

/** Answer of {@code GET /api/v1/routing/rules}: the current version of the rules (its ETag is the version). */
public record RoutingRulesDto(long version, Instant updatedAt, String updatedBy, List<RoutingRuleDto> rules) {
    public RoutingRulesDto {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
