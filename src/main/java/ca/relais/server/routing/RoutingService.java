package ca.relais.server.routing;

import ca.relais.api.CatalogueDto;
import ca.relais.api.RoutingRuleDto;
import ca.relais.api.RoutingRulesDto;
import ca.relais.domain.Nature;
import ca.relais.domain.RoutingRules;
import ca.relais.server.auth.Principal;
import ca.relais.server.http.Fields;
import ca.relais.server.http.ProblemException;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CatalogueCache;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.GroupScope;
import ca.relais.server.store.RoutingStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reads, validates and replaces the routing rules, and routes requests with them. */
public final class RoutingService {
    /** The change-feed entity of the rules; its id is the jurisdiction. */
    public static final String ENTITY = "routing";
    static final int MAX_RULES = 2000;
    private final RoutingStore store;
    private final CatalogueCache catalogue;
    private final ChangeLog changes;
    private final AuditLog audit;
    private final Clock clock;

    public RoutingService(RoutingStore store, CatalogueCache catalogue, ChangeLog changes, AuditLog audit,
                          Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    public RoutingStore store() {
        return store;
    }

    /** The department a new request of {@code type} goes to. */
    public RoutingRules.Decision route(Connection c, String jurisdiction, CatalogueDto.ServiceDto type,
                                       String nature, String borough) throws SQLException {
        RoutingRules rules = GroupScope.memo(c, "routing/" + jurisdiction, x -> rules(store.current(x, jurisdiction)));
        return rules.route(new RoutingRules.Subject(type.serviceCode(),
                type.group(), nature, borough, type.department()));
    }

    public static RoutingRules rules(RoutingRulesDto dto) {
        return new RoutingRules(dto.rules().stream().map(r -> new RoutingRules.Rule(r.id(), r.typeCode(),
                r.group(), r.nature(), r.borough(), r.department())).toList());
    }

    /** Stores {@code body.rules} as the version after {@code expectedVersion}: 422 when invalid, 412 when stale. */
    public RoutingRulesDto replace(Connection c, Principal p, long expectedVersion, JsonNode body, String remoteAddr)
            throws SQLException {
        List<RoutingRuleDto> rules = validate(c, p.jurisdictionId(), body);
        RoutingRulesDto saved = store.saveNext(c, p.jurisdictionId(), expectedVersion, rules, p.username(),
                clock.instant()).orElseThrow(() -> new ProblemException(412, "stale-version", "Precondition failed",
                "The routing rules changed since you read them. Read them again and retry.", null));
        changes.record(c, p.jurisdictionId(), ENTITY, p.jurisdictionId(), "UPSERT", saved.version());
        audit.append(c, new AuditLog.Entry(p.username(), "ROUTING_RULES", "routing", p.jurisdictionId(), remoteAddr,
                "version " + saved.version() + ", " + rules.size() + " rules"));
        return saved;
    }

    private List<RoutingRuleDto> validate(Connection c, String jurisdiction, JsonNode body) throws SQLException {
        Fields f = new Fields(body);
        JsonNode raw = f.raw("rules");
        if (raw == null || !raw.isArray()) {
            f.error("rules", raw == null || raw.isNull() ? "required" : "type", "must be an array of rules");
            f.throwIfInvalid();
        }
        if (raw.size() > MAX_RULES) {
            f.error("rules", "too_many", "may hold at most " + MAX_RULES + " rules");
            f.throwIfInvalid();
        }
        CatalogueDto cat = catalogue.catalogue(jurisdiction);
        Set<String> groups = new HashSet<>();
        cat.groups().forEach(g -> groups.add(g.code()));
        Set<String> boroughs = new HashSet<>();
        cat.departments().stream().map(CatalogueDto.DepartmentDto::borough).filter(Objects::nonNull)
                .forEach(boroughs::add);
        Set<String> ids = new HashSet<>();
        List<RoutingRuleDto> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Fields rule = f.element("rules", i);
            if (!raw.get(i).isObject()) {
                f.error("rules[" + i + "]", "type", "must be an object");
                continue;
            }
            String id = rule.text("id", false, 60);
            String type = rule.text("type_code", false, 60);
            String group = rule.text("group", false, 60);
            Nature nature = rule.enumValue("nature", Nature.class, false);
            String borough = rule.text("borough", false, 40);
            String department = rule.text("department", true, 40);
            type = blankToNull(type);
            group = blankToNull(group);
            borough = blankToNull(borough);
            id = blankToNull(id) == null ? "r" + (i + 1) : id;
            CatalogueDto.ServiceDto typeDto = type == null ? null : catalogue.type(c, jurisdiction, type).orElse(null);
            if (type != null && typeDto == null) {
                rule.error("type_code", "unknown_type", "is not a request type of this jurisdiction");
            }
            if (group != null && !groups.contains(group)) {
                rule.error("group", "unknown_group", "is not a group of this jurisdiction");
            }
            if (typeDto != null && group != null && !group.equals(typeDto.group())) {
                rule.error("group", "group_mismatch", "type " + type + " is in group " + typeDto.group());
            }
            if (nature != null && typeDto != null && !typeDto.natures().contains(nature.name())) {
                rule.error("nature", "nature_not_allowed", "must be one of " + typeDto.natures() + " for this type");
            }
            if (borough != null && !boroughs.contains(borough)) {
                rule.error("borough", "unknown_borough", "is not a borough of this jurisdiction");
            }
            if (department != null && catalogue.department(c, jurisdiction, department).isEmpty()) {
                rule.error("department", "unknown_department", "is not a department of this jurisdiction");
            }
            if (type == null && group == null && nature == null && borough == null) {
                rule.error("type_code", "no_criterion", "a rule needs a type, a group, a nature or a borough");
            }
            if (!ids.add(id)) {
                rule.error("id", "duplicate", "is used by an earlier rule");
            }
            out.add(new RoutingRuleDto(id, type, group, nature == null ? null : nature.name(), borough, department));
        }
        f.throwIfInvalid();
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
