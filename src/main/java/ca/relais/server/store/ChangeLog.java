package ca.relais.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The global change sequence behind the pull feed and the event stream. Each write appends an entry in its own
 * transaction. Readers never skip an entry that is still being committed: a gap in the sequence younger than
 * {@link #GAP_PATIENCE} stops the page; an older gap belongs to a rolled-back transaction and is passed.
 */
public final class ChangeLog {
    static final Duration GAP_PATIENCE = Duration.ofSeconds(5);
    private final Database db;
    private final Clock clock;

    public ChangeLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One entry of the log. */
    public record Entry(long seq, String entity, String entityId, String op, long version, Instant at) {
    }

    /** A page: the entries and the sequence number to continue after. */
    public record Page(List<Entry> entries, long lastSeq, boolean hasMore) {
    }

    public void record(Connection c, String jurisdiction, String entity, String entityId, String op, long version)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (jurisdiction_id, entity, entity_id, "
                + "op, version, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, jurisdiction);
            ps.setString(2, entity);
            ps.setString(3, entityId);
            ps.setString(4, op);
            ps.setLong(5, version);
            Sql.setInstant(ps, 6, clock.instant());
            ps.executeUpdate();
        }
    }

    public Page page(String jurisdiction, long afterSeq, int limit) {
        return db.read(c -> {
            List<Entry> raw = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, jurisdiction_id, entity, entity_id, op, "
                    + "version, at FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, afterSeq);
                ps.setInt(2, limit * 4 + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        raw.add(new Entry(rs.getLong("seq"),
                                jurisdiction.equals(rs.getString("jurisdiction_id")) ? rs.getString("entity") : null,
                                rs.getString("entity_id"), rs.getString("op"), rs.getLong("version"),
                                Sql.instant(rs, "at")));
                    }
                }
            }
            Instant patienceLimit = clock.instant().minus(GAP_PATIENCE);
            List<Entry> out = new ArrayList<>();
            long last = afterSeq;
            boolean more = false;
            for (Entry e : raw) {
                if (e.seq() != last + 1 && e.at().isAfter(patienceLimit)) {
                    more = true;
                    break;
                }
                if (out.size() == limit) {
                    more = true;
                    break;
                }
                last = e.seq();
                if (e.entity() != null) {
                    out.add(e);
                }
            }
            if (!more && raw.size() == limit * 4 + 1) {
                more = true;
            }
            return new Page(out, last, more);
        });
    }

    /** How many entries of a jurisdiction follow {@code afterSeq}: the remaining work of a pulling client. */
    public long countAfter(String jurisdiction, long afterSeq) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM change_log WHERE jurisdiction_id = ? AND seq > ?")) {
                ps.setString(1, jurisdiction);
                ps.setLong(2, afterSeq);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public long maxSeq() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM change_log");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The lowest sequence a cursor may continue from; older cursors must resynchronise. */
    public long oldestContinuable() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v FROM server_meta WHERE k = 'feed_floor'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
            }
        });
    }

    /** Removes entries older than {@code keep} and raises the floor below which cursors are too old. */
    public int compact(Duration keep) {
        return db.inTransaction(c -> {
            long floor;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE at < ?")) {
                Sql.setInstant(ps, 1, clock.instant().minus(keep));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    floor = rs.getLong(1);
                }
            }
            if (floor == 0) {
                return 0;
            }
            int removed;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM change_log WHERE seq <= ?")) {
                ps.setLong(1, floor);
                removed = ps.executeUpdate();
            }
            ServerMeta.put(c, "feed_floor", Long.toString(floor));
            return removed;
        });
    }
}
