package ca.relais.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Open311 API keys, stored as SHA-256 digests and bound to one jurisdiction. */
public final class ApiKeyStore {
    private final Database db;

    public ApiKeyStore(Database db) {
        this.db = db;
    }

    public void insert(Connection c, String key, String jurisdictionId, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO api_keys (key_hash, jurisdiction_id, label, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, Sha256.hex(key));
            ps.setString(2, jurisdictionId);
            ps.setString(3, label);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    /** The jurisdiction an enabled key belongs to. */
    public Optional<String> jurisdictionOf(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT jurisdiction_id FROM api_keys WHERE key_hash = ? AND NOT disabled")) {
                ps.setString(1, Sha256.hex(key));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

}
