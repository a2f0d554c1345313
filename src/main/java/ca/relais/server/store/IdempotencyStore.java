package ca.relais.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** First answers to writes sent with an {@code Idempotency-Key}, and the last mutation id seen per client. */
public final class IdempotencyStore {
    private final Database db;

    public IdempotencyStore(Database db) {
        this.db = db;
    }

    /** A stored first answer. */
    public record Saved(String requestHash, int status, String body, String headersJson) {
    }

    public Optional<Saved> find(String key, String username) {
        return db.read(c -> find(c, key, username));
    }

    public Optional<Saved> find(Connection c, String key, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT request_hash, status, response_body, headers_json "
                + "FROM idempotency_records WHERE idem_key = ? AND username = ?")) {
            ps.setString(1, key);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Saved(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4))) : Optional.empty();
            }
        }
    }

    /** First of a group's batches: a key raced by another write fails there, before the other rows are inserted. */
    private static final GroupScope.Insert SAVE = new GroupScope.Insert("INSERT INTO idempotency_records (idem_key, "
            + "username, request_hash, status, response_body, headers_json, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)", 0);

    public void save(Connection c, String key, String username, Saved saved, Instant at) throws SQLException {
        GroupScope.insert(c, SAVE, ps -> {
            ps.setString(1, key);
            ps.setString(2, username);
            ps.setString(3, saved.requestHash());
            ps.setInt(4, saved.status());
            ps.setString(5, saved.body());
            ps.setString(6, saved.headersJson());
            Sql.setInstant(ps, 7, at);
        });
    }

    /** Records that a client's mutation was applied, in the same transaction as its effects. */
    public void recordMutation(Connection c, String clientId, String username, long mutationId, Instant at)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE client_mutations SET last_mutation_id = ?, "
                + "updated_at = ? WHERE client_id = ? AND last_mutation_id < ?")) {
            up.setLong(1, mutationId);
            Sql.setInstant(up, 2, at);
            up.setString(3, clientId);
            up.setLong(4, mutationId);
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        if (lastMutation(c, clientId).isEmpty()) {
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO client_mutations (client_id, username, "
                    + "last_mutation_id, updated_at) VALUES (?, ?, ?, ?)")) {
                ins.setString(1, clientId);
                ins.setString(2, username);
                ins.setLong(3, mutationId);
                Sql.setInstant(ins, 4, at);
                ins.executeUpdate();
            }
        }
    }

    public Optional<Long> lastMutation(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_mutation_id FROM client_mutations WHERE client_id = ?")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
