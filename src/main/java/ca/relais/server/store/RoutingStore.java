package ca.relais.server.store;

import ca.relais.api.Json;
import ca.relais.api.RoutingRuleDto;
import ca.relais.api.RoutingRulesDto;
import ca.relais.api.RoutingVersionDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The routing rules of each jurisdiction, one row per version; versions are never overwritten. */
public final class RoutingStore {
    private static final TypeReference<List<RoutingRuleDto>> RULES = new TypeReference<>() { };
    private final Database db;

    public RoutingStore(Database db) {
        this.db = db;
    }

    /** The newest version; version 0 without rules when none was ever saved. */
    public RoutingRulesDto current(Connection c, String jurisdiction) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, updated_at, updated_by, rules_json "
                + "FROM routing_rule_versions WHERE jurisdiction_id = ? ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, jurisdiction);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new RoutingRulesDto(0, null, null, List.of());
                }
                return new RoutingRulesDto(rs.getLong("version"), Sql.instant(rs, "updated_at"),
                        rs.getString("updated_by"), read(rs.getString("rules_json")));
            }
        }
    }

    public RoutingRulesDto current(String jurisdiction) {
        return db.read(c -> current(c, jurisdiction));
    }

    /** Every version, newest first. */
    public List<RoutingVersionDto> versions(String jurisdiction) {
        return db.read(c -> {
            List<RoutingVersionDto> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT version, updated_at, updated_by, rule_count "
                    + "FROM routing_rule_versions WHERE jurisdiction_id = ? ORDER BY version DESC")) {
                ps.setString(1, jurisdiction);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RoutingVersionDto(rs.getLong("version"), Sql.instant(rs, "updated_at"),
                                rs.getString("updated_by"), rs.getInt("rule_count")));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Stores {@code rules} as the version after {@code expectedVersion}; empty when another version was stored
     * meanwhile (the primary key refuses a second row with the same number).
     */
    public Optional<RoutingRulesDto> saveNext(Connection c, String jurisdiction, long expectedVersion,
                                              List<RoutingRuleDto> rules, String by, Instant at) throws SQLException {
        if (current(c, jurisdiction).version() != expectedVersion) {
            return Optional.empty();
        }
        long version = expectedVersion + 1;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO routing_rule_versions (jurisdiction_id, version, "
                + "updated_at, updated_by, rule_count, rules_json) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, jurisdiction);
            ps.setLong(2, version);
            Sql.setInstant(ps, 3, at);
            ps.setString(4, by);
            ps.setInt(5, rules.size());
            ps.setString(6, Json.mapper().writeValueAsString(rules));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(new RoutingRulesDto(version, at, by, rules));
    }

    private static List<RoutingRuleDto> read(String json) {
        try {
            return Json.mapper().readValue(json, RULES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt routing rules", e);
        }
    }
}
