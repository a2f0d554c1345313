package ca.relais.api;

/**
 * One routing rule: requests matching every non-null criterion go to {@code department}. A null criterion matches
 * anything.
 */
public record RoutingRuleDto(String id, String typeCode, String group, String nature, String borough,
                             String department) {
}
