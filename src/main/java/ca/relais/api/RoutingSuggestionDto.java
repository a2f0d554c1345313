package ca.relais.api;

/** Answer of {@code GET /api/v1/routing/suggest}: the department, and the rule that chose it (null = default). */
public record RoutingSuggestionDto(String department, String ruleId) {
}
