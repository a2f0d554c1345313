package ca.relais.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The local writes not yet confirmed by the server. Entries are added in the transaction of the write itself. */
public final class Outbox {
    private static final String COLUMNS = "mutation_id, kind, entity_id, body_json, base_version, base_json, state, "
            + "attempts, last_error, problem_json, created_at";
    private final LocalStore store;

    public Outbox(LocalStore store) {
        this.store = store;
    }

    /** Adds an entry inside the caller's local transaction, and to the journal before that transaction commits. */
    static long add(LocalStore store, OutboxEntry.Kind kind, String entityId, String bodyJson, Long baseVersion,
                    String baseJson) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("INSERT INTO outbox (kind, entity_id, body_json, base_version, "
                + "base_json, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)",
                new String[] {"mutation_id"})) {
            Timestamp now = Timestamp.from(Instant.now());
            ps.setString(1, kind.name());
            ps.setString(2, entityId);
            ps.setString(3, bodyJson);
            if (baseVersion == null) {
                ps.setNull(4, java.sql.Types.BIGINT);
            } else {
                ps.setLong(4, baseVersion);
            }
            ps.setString(5, baseJson);
            ps.setTimestamp(6, now);
            ps.setTimestamp(7, now);
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            store.journal().added(new OutboxEntry(id, kind, entityId, bodyJson, baseVersion, baseJson,
                    OutboxEntry.State.PENDING, 0, null, null, now.toInstant()));
            return id;
        }
    }

    /** Puts back journal entries the cache does not hold, with their own ids, so that a resend stays idempotent. */
    static int restoreMissing(Connection c, Collection<OutboxEntry> entries) throws SQLException {
        int restored = 0;
        for (OutboxEntry e : entries) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (mutation_id, kind, entity_id, "
                    + "body_json, base_version, base_json, state, created_at, updated_at) SELECT ?, ?, ?, ?, ?, ?, "
                    + "'PENDING', ?, ? WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE mutation_id = ?)")) {
                ps.setLong(1, e.mutationId());
                ps.setString(2, e.kind().name());
                ps.setString(3, e.entityId());
                ps.setString(4, e.bodyJson());
                ps.setObject(5, e.baseVersion(), java.sql.Types.BIGINT);
                ps.setString(6, e.baseJson());
                ps.setTimestamp(7, Timestamp.from(e.createdAt()));
                ps.setTimestamp(8, Timestamp.from(Instant.now()));
                ps.setLong(9, e.mutationId());
                restored += ps.executeUpdate();
            }
        }
        return restored;
    }

    static long maxMutationId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(mutation_id), 0) FROM outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public Optional<OutboxEntry> nextPending() {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT " + COLUMNS
                    + " FROM outbox WHERE state = 'PENDING' ORDER BY mutation_id LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        });
    }

    public List<OutboxEntry> all() {
        return store.read(() -> {
            List<OutboxEntry> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT " + COLUMNS + " FROM outbox ORDER BY mutation_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        });
    }

    public Optional<OutboxEntry> find(long mutationId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT " + COLUMNS
                    + " FROM outbox WHERE mutation_id = ?")) {
                ps.setLong(1, mutationId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Counts per state: how many wait, how many need a person. */
    public record Counts(int pending, int rejected, int conflicts) {
    }

    public Counts counts() {
        return store.read(() -> {
            int pending = 0;
            int rejected = 0;
            int conflicts = 0;
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT state, COUNT(*) FROM outbox GROUP BY state");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (OutboxEntry.State.valueOf(rs.getString(1))) {
                        case PENDING -> pending = rs.getInt(2);
                        case REJECTED -> rejected = rs.getInt(2);
                        case CONFLICT -> conflicts = rs.getInt(2);
                    }
                }
            }
            return new Counts(pending, rejected, conflicts);
        });
    }

    /**
     * Removes a confirmed or discarded entry; callers apply the server's answer in the same transaction. The journal's
     * tombstone may outlive a lost commit: the entry is then still in the cache, and sent again idempotently.
     */
    static void remove(LocalStore store, long mutationId) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM outbox WHERE mutation_id = ?")) {
            ps.setLong(1, mutationId);
            ps.executeUpdate();
        }
        store.journal().done(mutationId);
    }

    public void markAttempt(long mutationId, String error) {
        update(mutationId, "UPDATE outbox SET attempts = attempts + 1, last_error = ?, updated_at = ? "
                + "WHERE mutation_id = ?", error, null);
    }

    public void markRejected(long mutationId, String error, String problemJson) {
        update(mutationId, "UPDATE outbox SET state = 'REJECTED', attempts = attempts + 1, last_error = ?, "
                + "problem_json = ?, updated_at = ? WHERE mutation_id = ?", error, problemJson);
    }

    public void markConflict(long mutationId, String error, String problemJson) {
        update(mutationId, "UPDATE outbox SET state = 'CONFLICT', attempts = attempts + 1, last_error = ?, "
                + "problem_json = ?, updated_at = ? WHERE mutation_id = ?", error, problemJson);
    }

    /** Puts a corrected entry back in the queue, keeping its place and its id (so retries stay idempotent). */
    public void resend(long mutationId, String bodyJson, Long baseVersion, String baseJson) {
        store.transaction(() -> {
            requeue(store, mutationId, bodyJson, baseVersion, baseJson);
            return null;
        });
    }

    /** {@link #resend} inside the caller's local transaction. */
    static void requeue(LocalStore store, long mutationId, String bodyJson, Long baseVersion, String baseJson)
            throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("UPDATE outbox SET state = 'PENDING', "
                + "body_json = ?, base_version = ?, base_json = ?, last_error = NULL, problem_json = NULL, "
                + "updated_at = ? WHERE mutation_id = ?")) {
            ps.setString(1, bodyJson);
            if (baseVersion == null) {
                ps.setNull(2, java.sql.Types.BIGINT);
            } else {
                ps.setLong(2, baseVersion);
            }
            ps.setString(3, baseJson);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setLong(5, mutationId);
            if (ps.executeUpdate() != 1) {
                throw new LocalStoreException("No outbox entry " + mutationId + " to send again", null);
            }
        }
        OutboxEntry e = new Outbox(store).find(mutationId).orElseThrow();
        store.journal().added(e);
    }

    /** Drops an entry the agent chose to abandon. */
    public void discard(long mutationId) {
        store.transaction(() -> {
            remove(store, mutationId);
            return null;
        });
    }

    private void update(long mutationId, String sql, String error, String problemJson) {
        store.transaction(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, error == null || error.length() <= 2000 ? error : error.substring(0, 2000));
                if (sql.contains("problem_json")) {
                    ps.setString(i++, problemJson);
                }
                ps.setTimestamp(i++, Timestamp.from(Instant.now()));
                ps.setLong(i, mutationId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static OutboxEntry map(ResultSet rs) throws SQLException {
        long base = rs.getLong("base_version");
        Long baseVersion = rs.wasNull() ? null : base;
        return new OutboxEntry(rs.getLong("mutation_id"), OutboxEntry.Kind.valueOf(rs.getString("kind")),
                rs.getString("entity_id"), rs.getString("body_json"), baseVersion, rs.getString("base_json"),
                OutboxEntry.State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getString("problem_json"), rs.getTimestamp("created_at").toInstant());
    }
}
