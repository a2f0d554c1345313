package ca.relais.api;

import java.util.List;

/** The routing rules carried by the catalogue so that clients can suggest a department offline. */
public record RoutingDto(long version, List<RoutingRuleDto> rules) {
    public RoutingDto {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
