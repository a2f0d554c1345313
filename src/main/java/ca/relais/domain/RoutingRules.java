package ca.relais.domain;

import java.util.List;
import java.util.Objects;

/**
 * Which department a request goes to. Ordered rules, each with optional criteria (type, group, nature, borough):
 * among the rules whose criteria all match, the most specific wins. A type criterion outweighs a group criterion
 * whatever else is set; nature and borough add specificity on top; equal specificity goes to the earlier rule. When
 * no rule matches, the type's default department applies.
 */
public final class RoutingRules {
    private static final int TYPE_WEIGHT = 8;
    private static final int GROUP_WEIGHT = 4;
    private static final int NATURE_WEIGHT = 2;
    private static final int BOROUGH_WEIGHT = 1;

    /** One rule; a null criterion matches anything. */
    public record Rule(String id, String typeCode, String group, String nature, String borough, String department) {
        public Rule {
            Objects.requireNonNull(department, "department");
        }

        boolean matches(Subject s) {
            return criterion(typeCode, s.typeCode()) && criterion(group, s.group())
                    && criterion(nature, s.nature()) && criterion(borough, s.borough());
        }

        int specificity() {
            return (typeCode == null ? 0 : TYPE_WEIGHT) + (group == null ? 0 : GROUP_WEIGHT)
                    + (nature == null ? 0 : NATURE_WEIGHT) + (borough == null ? 0 : BOROUGH_WEIGHT);
        }

        private static boolean criterion(String wanted, String actual) {
            return wanted == null || wanted.equals(actual);
        }
    }

    /** What is routed: the request's type (with its group and default department), nature and borough. */
    public record Subject(String typeCode, String group, String nature, String borough, String defaultDepartment) {
    }

    /** Where the request goes, and the rule that decided it (null when the type's default applied). */
    public record Decision(String department, String ruleId) {
    }

    private final List<Rule> rules;

    public RoutingRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Decision route(Subject subject) {
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(subject) && (best == null || rule.specificity() > best.specificity())) {
                best = rule;
            }
        }
        return best == null ? new Decision(subject.defaultDepartment(), null)
                : new Decision(best.department(), best.id());
    }
}
