package ca.relais.server.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;

/** Append-only trail of who read or changed what, when, and from where. */
public final class AuditLog {
    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One audited action. */
    public record Entry(String actor, String action, String entity, String entityId, String remoteAddr,
                        String detail) {
    }

    public void append(Entry entry) {
        db.read(c -> {
            append(c, entry);
            return null;
        });
    }

    private static final GroupScope.Insert INSERT = new GroupScope.Insert(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, remote_addr, detail) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", 1);

    /**
     * GroupScope in the caller's transaction, so the trail and the change it records commit together (in a group
     * commit, with the group's batch: {@link GroupScope}).
     */
    public void append(java.sql.Connection c, Entry entry) throws java.sql.SQLException {
        Timestamp at = Timestamp.from(clock.instant());
        String detail = entry.detail() == null || entry.detail().length() <= 2000 ? entry.detail()
                : entry.detail().substring(0, 2000);
        GroupScope.insert(c, INSERT, ps -> {
            ps.setTimestamp(1, at);
            ps.setString(2, entry.actor());
            ps.setString(3, entry.action());
            ps.setString(4, entry.entity());
            ps.setString(5, entry.entityId());
            ps.setString(6, entry.remoteAddr());
            ps.setString(7, detail);
        });
    }

    /** A stored entry, as {@code GET /api/v1/audit} lists it. */
    public record Record(long id, java.time.Instant at, String actor, String action, String entity, String entityId,
                         String remoteAddr, String detail) {
    }

    public ca.relais.api.PageDto<Record> list(String actor, String entity, String entityId, int limit, long offset) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.List<String> params = new java.util.ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" AND actor = ?");
            params.add(actor);
        }
        if (entity != null && !entity.isBlank()) {
            where.append(" AND entity = ?");
            params.add(entity);
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" AND entity_id = ?");
            params.add(entityId);
        }
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE " + where)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            java.util.List<Record> items = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, actor, action, entity, entity_id, "
                    + "remote_addr, detail FROM audit_log WHERE " + where + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
                int i = 1;
                for (String p : params) {
                    ps.setString(i++, p);
                }
                ps.setInt(i++, limit);
                ps.setLong(i, offset);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Record(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
            String next = offset + items.size() < total ? PageCursor.encode(offset + items.size()) : null;
            return new ca.relais.api.PageDto<>(items, next, total);
        });
    }
}
