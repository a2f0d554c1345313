package ca.relais.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingRulesTest {
    /** Rules in the order an administrator wrote them; a blank criterion is a wildcard. */
    private static final RoutingRules RULES = new RoutingRules(List.of(
            rule("g-parcs", null, "PARCS_ARBRES", null, null, "SSCVC"),
            rule("g-parcs-fleu", null, "PARCS_ARBRES", null, "FLEURIMONT", "ARR-FLEURIMONT"),
            rule("t-arbre", "PAR-ARBRE-TOMBE", null, null, null, "SEI"),
            rule("g-voirie-plainte-fleu", null, "VOIRIE", "COMPLAINT", "FLEURIMONT", "ARR-FLEURIMONT"),
            rule("t-nid-lenn", "VOI-NID-POULE", null, null, "LENNOXVILLE", "ARR-LENNOXVILLE"),
            rule("t-nid-plainte", "VOI-NID-POULE", null, "COMPLAINT", null, "SCEC"),
            rule("t-nid-lenn-bis", "VOI-NID-POULE", null, null, "LENNOXVILLE", "ARR-BROMPTON"),
            rule("g-voirie-nations", null, "VOIRIE", null, "NATIONS", "ARR-NATIONS"),
            rule("g-voirie-brompton-first", null, "VOIRIE", null, "BROMPTON", "ARR-BROMPTON"),
            rule("g-voirie-brompton-second", null, "VOIRIE", null, "BROMPTON", "URBANISME")));

    private static RoutingRules.Rule rule(String id, String type, String group, String nature, String borough,
                                          String department) {
        return new RoutingRules.Rule(id, type, group, nature, borough, department);
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {5} by {6}")
    @CsvSource(nullValues = "-", value = {
            // type,            group,         nature,      borough,      default, department,      rule
            "PAR-MODULE-JEUX,   PARCS_ARBRES,  REQUEST,     BROMPTON,     SSCVC,   SSCVC,           g-parcs",
            "PAR-MODULE-JEUX,   PARCS_ARBRES,  REQUEST,     FLEURIMONT,   SSCVC,   ARR-FLEURIMONT,  g-parcs-fleu",
            "PAR-MODULE-JEUX,   PARCS_ARBRES,  REQUEST,     -,            SSCVC,   SSCVC,           g-parcs",
            // a type rule beats a group rule with a borough
            "PAR-ARBRE-TOMBE,   PARCS_ARBRES,  REQUEST,     FLEURIMONT,   SEI,     SEI,             t-arbre",
            // group, nature and borough together still lose to a type rule... when one matches
            "VOI-NID-POULE,     VOIRIE,        COMPLAINT,   FLEURIMONT,   SEI,     SCEC,            t-nid-plainte",
            "VOI-TROTTOIR,      VOIRIE,        COMPLAINT,   FLEURIMONT,   SEI,     ARR-FLEURIMONT,  g-voirie-plainte-fleu",
            "VOI-TROTTOIR,      VOIRIE,        REQUEST,     FLEURIMONT,   SEI,     SEI,             -",
            // nature (2) outweighs borough (1) among type rules
            "VOI-NID-POULE,     VOIRIE,        COMPLAINT,   LENNOXVILLE,  SEI,     SCEC,            t-nid-plainte",
            "VOI-NID-POULE,     VOIRIE,        REQUEST,     LENNOXVILLE,  SEI,     ARR-LENNOXVILLE, t-nid-lenn",
            // ties go to the earlier rule
            "VOI-TROTTOIR,      VOIRIE,        REQUEST,     BROMPTON,     SEI,     ARR-BROMPTON,    g-voirie-brompton-first",
            "VOI-TROTTOIR,      VOIRIE,        INFORMATION, NATIONS,      SEI,     ARR-NATIONS,     g-voirie-nations",
            // no address: borough rules do not match, fallback to the type's department
            "VOI-NID-POULE,     VOIRIE,        REQUEST,     -,            SEI,     SEI,             -",
            "TAX-COMPTE,        TAXES_EVALUATION, REQUEST,  FLEURIMONT,   FINANCES, FINANCES,       -",
    })
    void theMostSpecificMatchingRuleWins(String type, String group, String nature, String borough,
                                         String defaultDepartment, String department, String ruleId) {
        RoutingRules.Decision d = RULES.route(new RoutingRules.Subject(type, group, nature, borough,
                defaultDepartment));
        assertEquals(department, d.department());
        assertEquals(ruleId, d.ruleId());
    }

    @ParameterizedTest
    @CsvSource({"VOI-NID-POULE, VOIRIE, SEI", "LOI-HORAIRES, LOISIRS_RESERVATIONS, SSCVC"})
    void withoutRulesTheTypesDepartmentApplies(String type, String group, String defaultDepartment) {
        RoutingRules.Decision d = new RoutingRules(List.of()).route(new RoutingRules.Subject(type, group, "REQUEST",
                "FLEURIMONT", defaultDepartment));
        assertEquals(new RoutingRules.Decision(defaultDepartment, null), d);
    }
}
