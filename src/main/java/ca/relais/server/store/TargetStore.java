package ca.relais.server.store;

import ca.relais.api.TargetsDto;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The service targets of a jurisdiction; version 0 means the defaults, never saved. */
public final class TargetStore {
    public static final TargetsDto DEFAULTS = new TargetsDto(0.80, 0.70, 30, 0, null, null);
    private final Database db;

    public TargetStore(Database db) {
        this.db = db;
    }

    public TargetsDto get(String jurisdiction) {
        return db.read(c -> get(c, jurisdiction));
    }

    public TargetsDto get(Connection c, String jurisdiction) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sla_attainment, first_contact_resolution, "
                + "max_unaccepted_minutes, version, updated_at, updated_by FROM service_targets "
                + "WHERE jurisdiction_id = ?")) {
            ps.setString(1, jurisdiction);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return DEFAULTS;
                }
                int minutes = rs.getInt(3);
                Integer maxMinutes = rs.wasNull() ? null : minutes;
                return new TargetsDto(Sql.nullableDouble(rs, "sla_attainment"),
                        Sql.nullableDouble(rs, "first_contact_resolution"), maxMinutes, rs.getLong(4),
                        Sql.instant(rs, "updated_at"), rs.getString(6));
            }
        }
    }

    /** Saves new targets when {@code expectedVersion} is the current one; empty when it is stale. */
    public Optional<TargetsDto> put(Connection c, String jurisdiction, long expectedVersion, TargetsDto t,
                                    String by, Instant now) throws SQLException {
        TargetsDto current = get(c, jurisdiction);
        if (current.version() != expectedVersion) {
            return Optional.empty();
        }
        long next = expectedVersion + 1;
        String sql = expectedVersion == 0
                ? "INSERT INTO service_targets (sla_attainment, first_contact_resolution, max_unaccepted_minutes, "
                + "version, updated_at, updated_by, jurisdiction_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE service_targets SET sla_attainment = ?, first_contact_resolution = ?, "
                + "max_unaccepted_minutes = ?, version = ?, updated_at = ?, updated_by = ? WHERE jurisdiction_id = ? "
                + "AND version = " + expectedVersion;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.setDouble(ps, 1, t.slaAttainment());
            Sql.setDouble(ps, 2, t.firstContactResolution());
            if (t.maxUnacceptedMinutes() == null) {
                ps.setNull(3, java.sql.Types.INTEGER);
            } else {
                ps.setInt(3, t.maxUnacceptedMinutes());
            }
            ps.setLong(4, next);
            Sql.setInstant(ps, 5, now);
            ps.setString(6, by);
            ps.setString(7, jurisdiction);
            if (ps.executeUpdate() != 1) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            if (RequestStore.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(new TargetsDto(t.slaAttainment(), t.firstContactResolution(), t.maxUnacceptedMinutes(),
                next, now, by));
    }
}
