package ca.relais.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Small key-value facts about this database, such as its epoch (which makes feed cursors database-specific). */
public final class ServerMeta {
    private ServerMeta() {
    }

    public static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT v FROM server_meta WHERE k = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM server_meta WHERE k = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO server_meta (k, v) VALUES (?, ?)")) {
            del.setString(1, key);
            del.executeUpdate();
            ins.setString(1, key);
            ins.setString(2, value);
            ins.executeUpdate();
        }
    }

    /** This database's epoch, created on first use. */
    public static String epoch(Database db) {
        return db.inTransaction(c -> {
            Optional<String> existing = get(c, "epoch");
            if (existing.isPresent()) {
                return existing.get();
            }
            String epoch = UUID.randomUUID().toString().substring(0, 8);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO server_meta (k, v) VALUES ('epoch', ?)")) {
                ps.setString(1, epoch);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (!Sql.isUniqueViolation(e)) {
                    throw e;
                }
                return get(c, "epoch").orElseThrow();
            }
            return epoch;
        });
    }
}
