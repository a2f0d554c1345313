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

    /** Last of a group's batches: its sequence numbers are taken just before the commit (ADR 0021). */
    private static final GroupScope.Insert INSERT = new GroupScope.Insert("INSERT INTO change_log (jurisdiction_id, "
            + "entity, entity_id, op, version, at) VALUES (?, ?, ?, ?, ?, ?)", 9);

    public void record(Connection c, String jurisdiction, String entity, String entityId, String op, long version)
            throws SQLException {
        Instant at = clock.instant();
        GroupScope.insert(c, INSERT, ps -> {
            ps.setString(1, jurisdiction);
            ps.setString(2, entity);
            ps.setString(3, entityId);
            ps.setString(4, op);
            ps.setLong(5, version);
            Sql.setInstant(ps, 6, at);
        });
    }

    public Page page(String jurisdiction, long afterSeq, int limit) {
        return db.read(c -> page(c, jurisdiction, afterSeq, limit));
    }

    /**
     * Up to {@code limit} entries of a jurisdiction after {@code afterSeq}. Entries of other jurisdictions are passed
     * over, at most {@code 4 × limit} of them per page, and the page stops early at a young gap. The log is read in
     * slices of {@code limit + 1} rows so that a single-jurisdiction server reads no more than it sends.
     */
    public Page page(Connection c, String jurisdiction, long afterSeq, int limit) throws SQLException {
        Instant patienceLimit = clock.instant().minus(GAP_PATIENCE);
        List<Entry> out = new ArrayList<>();
        long last = afterSeq;
        int budget = limit * 4 + 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, jurisdiction_id, entity, entity_id, op, "
                + "version, at FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
            while (budget > 0) {
                int slice = Math.min(budget, limit - out.size() + 1);
                ps.setLong(1, last);
                ps.setInt(2, slice);
                int read = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        long seq = rs.getLong(1);
                        Instant at = Sql.instant(rs, 7);
                        if (out.size() == limit || seq != last + 1 && at.isAfter(patienceLimit)) {
                            return new Page(out, last, true);
                        }
                        last = seq;
                        if (jurisdiction.equals(rs.getString(2))) {
                            out.add(new Entry(seq, rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                                    at));
                        }
                    }
                }
                budget -= read;
                if (read < slice) {
                    return new Page(out, last, false);
                }
            }
        }
        return new Page(out, last, true);
    }

    /**
     * About how many entries of a jurisdiction follow {@code afterSeq}, for progress bars: an upper bound read from the
     * index in constant time (sequence numbers of rolled-back or other jurisdictions' entries are counted too).
     */
    public long estimateAfter(Connection c, String jurisdiction, long afterSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(seq) FROM change_log WHERE jurisdiction_id = ?")) {
            ps.setString(1, jurisdiction);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Math.max(0, rs.getLong(1) - afterSeq);
            }
        }
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
